package indigo.interop.cxf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Map;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;

import org.apache.cxf.rt.security.SecurityConstants;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/**
 * One side's credentials, read from the folder `indigo cert create` writes (src/cli/certCommand.ts):
 * {@code <self>.pfx} (key + certificate + CA, PKCS#12, password from the command line, empty by default),
 * {@code <peer>.crt} and {@code ca.crt}. They become one WSS4J Merlin crypto:
 * <ul>
 * <li>alias {@value #SELF}: this side's key and certificate chain;</li>
 * <li>alias {@value #PEER}: the other side's certificate (the client encrypts the bootstrap key to it);</li>
 * <li>trust store: the test CA only, so a certificate it did not issue is refused (chain trust, as WCF's
 *     ChainTrust that the Indigo side uses).</li>
 * </ul>
 */
final class PeerCredentials {
    static final String SELF = "self";
    static final String PEER = "peer";
    /** The in-memory key store's own password (the PFX's is used only to read the file). */
    private static final char[] KEY_PASSWORD = "cxf-peer".toCharArray();

    final Merlin crypto;
    final X509Certificate self;
    final X509Certificate peer;

    private PeerCredentials(Merlin crypto, X509Certificate self, X509Certificate peer) {
        this.crypto = crypto;
        this.self = self;
        this.peer = peer;
    }

    /** {@code selfName}/{@code peerName}: "service" and "client", one way round or the other. */
    static PeerCredentials load(Path certs, String selfName, String peerName, String pfxPassword)
        throws IOException, GeneralSecurityException {
        KeyStore pfx = KeyStore.getInstance("PKCS12");
        Path pfxFile = certs.resolve(selfName + ".pfx");
        try (InputStream in = Files.newInputStream(pfxFile)) {
            pfx.load(in, pfxPassword.toCharArray());
        } catch (IOException e) {
            throw new IOException("cannot read " + pfxFile + " with the PFX password given (--password): "
                + e.getMessage(), e);
        }
        PrivateKey key = null;
        Certificate[] chain = null;
        for (String alias : Collections.list(pfx.aliases())) {
            if (pfx.isKeyEntry(alias)) {
                Key k = pfx.getKey(alias, pfxPassword.toCharArray());
                if (k instanceof PrivateKey) {
                    key = (PrivateKey) k;
                    chain = pfx.getCertificateChain(alias);
                    break;
                }
            }
        }
        if (key == null || chain == null || chain.length == 0) {
            throw new GeneralSecurityException(pfxFile + " holds no private key with its certificate");
        }
        X509Certificate peer = readCertificate(certs.resolve(peerName + ".crt"));
        X509Certificate ca = readCertificate(certs.resolve("ca.crt"));

        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry(SELF, key, KEY_PASSWORD, chain);
        keys.setCertificateEntry(PEER, peer);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);

        Merlin merlin = new Merlin();
        merlin.setKeyStore(keys);
        merlin.setTrustStore(trust);
        return new PeerCredentials(merlin, (X509Certificate) chain[0], peer);
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** Hands WSS4J the in-memory key password for {@value #SELF}. */
    static CallbackHandler passwordCallback() {
        return (Callback[] callbacks) -> {
            for (Callback c : callbacks) {
                if (c instanceof WSPasswordCallback pc) {
                    pc.setPassword(new String(KEY_PASSWORD));
                }
            }
        };
    }

    /**
     * The CXF security properties both sides use. WSS4J picks what it needs per role: the service decrypts the
     * bootstrap key with the signature crypto's {@value #SELF} key and checks the client's endorsing certificate
     * against the trust store; the client signs (endorsing) with {@value #SELF} and encrypts to {@value #PEER}.
     */
    void putSecurityProperties(Map<String, Object> props) {
        props.put(SecurityConstants.SIGNATURE_CRYPTO, crypto);
        props.put(SecurityConstants.ENCRYPT_CRYPTO, crypto);
        props.put(SecurityConstants.SIGNATURE_USERNAME, SELF);
        props.put(SecurityConstants.ENCRYPT_USERNAME, PEER);
        props.put(SecurityConstants.CALLBACK_HANDLER, passwordCallback());
    }
}
