;; hasControl(length): 1 when the octets [0, length) of memory hold one below 0x20 other than TAB, LF and CR
;; (a character XML 1.0 §2.2 does not allow), else 0. Sixty-four octets a round in four SIMD lanes, then the
;; rest one at a time. Compiled to controlCharacterScan.ts's MODULE (test/xml/controlCharacterScan.test.ts
;; checks the two agree).
(module
  (memory (export "memory") 17)
  (func (export "hasControl") (param $length i32) (result i32)
    (local $i i32) (local $end i32) (local $b i32) (local $v v128)
    (local $space v128) (local $tab v128) (local $lf v128) (local $cr v128)
    (local.set $space (i8x16.splat (i32.const 0x20)))
    (local.set $tab (i8x16.splat (i32.const 0x09)))
    (local.set $lf (i8x16.splat (i32.const 0x0a)))
    (local.set $cr (i8x16.splat (i32.const 0x0d)))
    (local.set $end (i32.and (local.get $length) (i32.const -64)))
    (block $blocksDone
      (loop $blocks
        (br_if $blocksDone (i32.ge_u (local.get $i) (local.get $end)))
        (if (v128.any_true
              (v128.or
                (v128.or
                  (v128.andnot
              (i8x16.lt_u (local.tee $v (v128.load offset=0 (local.get $i))) (local.get $space))
              (v128.or (i8x16.eq (local.get $v) (local.get $tab))
                (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr)))))
                  (v128.andnot
              (i8x16.lt_u (local.tee $v (v128.load offset=16 (local.get $i))) (local.get $space))
              (v128.or (i8x16.eq (local.get $v) (local.get $tab))
                (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr))))))
                (v128.or
                  (v128.andnot
              (i8x16.lt_u (local.tee $v (v128.load offset=32 (local.get $i))) (local.get $space))
              (v128.or (i8x16.eq (local.get $v) (local.get $tab))
                (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr)))))
                  (v128.andnot
              (i8x16.lt_u (local.tee $v (v128.load offset=48 (local.get $i))) (local.get $space))
              (v128.or (i8x16.eq (local.get $v) (local.get $tab))
                (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr))))))))
          (then (return (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 64)))
        (br $blocks)))
    (block $restDone
      (loop $rest
        (br_if $restDone (i32.ge_u (local.get $i) (local.get $length)))
        (local.set $b (i32.load8_u (local.get $i)))
        (if (i32.and
              (i32.lt_u (local.get $b) (i32.const 0x20))
              (i32.and
                (i32.ne (local.get $b) (i32.const 0x09))
                (i32.and (i32.ne (local.get $b) (i32.const 0x0a)) (i32.ne (local.get $b) (i32.const 0x0d)))))
          (then (return (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rest)))
    (i32.const 0)))
