package indigo.interop.cxf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import jakarta.xml.soap.SOAPMessage;

import org.apache.cxf.Bus;
import org.apache.cxf.ext.logging.LoggingOutInterceptor;
import org.apache.cxf.ext.logging.event.LogEvent;
import org.apache.cxf.ext.logging.event.LogEventSender;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageUtils;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Writes every SOAP message this process sends or receives to {@code dir/NNNN-TYPE.xml}, in order, with one
 * line per file in {@code dir/index.tsv}: number, type, SOAP action (the Content-Type's action parameter, or
 * the SOAPAction header), address, Content-Type. Types:
 * <ul>
 * <li>{@code REQ_OUT} / {@code RESP_OUT}: as sent, after WS-Security (CXF's LoggingOutInterceptor);</li>
 * <li>{@code REQ_IN} / {@code RESP_IN}: the bytes as received, before anything reads them;</li>
 * <li>{@code DECRYPTED_IN}: the same message once WS-Security has processed it (decrypted, signatures
 *     checked) — the readable RST/SCT, RSTR and application bodies that the wire copies hold encrypted.</li>
 * </ul>
 * Installed on the bus, so it also sees the RST/SCT and RSTR exchange that CXF's STSClient runs on a client of
 * its own.
 */
final class MessageCapture implements LogEventSender {
    private final Path dir;
    private final AtomicInteger counter = new AtomicInteger();

    private MessageCapture(Path dir) {
        this.dir = dir;
    }

    static void install(Bus bus, Path dir) throws IOException {
        Files.createDirectories(dir);
        MessageCapture capture = new MessageCapture(dir);
        LoggingOutInterceptor out = new LoggingOutInterceptor(capture);
        out.setLimit(Integer.MAX_VALUE);
        out.setInMemThreshold(16L * 1024 * 1024);
        out.setPrettyLogging(false);
        out.setLogBinary(true);
        bus.getOutInterceptors().add(out);
        bus.getOutFaultInterceptors().add(out);
        bus.getInInterceptors().add(new RawIn(capture));
        bus.getInInterceptors().add(new DecryptedIn(capture));
        bus.getInFaultInterceptors().add(new DecryptedIn(capture));
    }

    @Override
    public void send(LogEvent event) {
        write(String.valueOf(event.getType()), action(event.getContentType(), event.getHeaders()),
            event.getAddress(), event.getContentType(), event.getPayload());
    }

    /** Writes one capture file and its index line. */
    void write(String type, String action, String address, String contentType, String payload) {
        int n = counter.incrementAndGet();
        String index = String.join("\t", String.format("%04d", n), type, action, String.valueOf(address),
            String.valueOf(contentType)) + "\n";
        try {
            Files.writeString(dir.resolve(String.format("%04d-%s.xml", n, type)), payload == null ? "" : payload,
                StandardCharsets.UTF_8);
            synchronized (this) {
                Files.writeString(dir.resolve("index.tsv"), index, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String action(String contentType, Map<String, ?> headers) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.startsWith("action=")) {
                    return p.substring("action=".length()).replace("\"", "");
                }
            }
        }
        if (headers != null) {
            for (Map.Entry<String, ?> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase("SOAPAction")) {
                    return String.valueOf(h.getValue()).replace("\"", "").replace("[", "").replace("]", "");
                }
            }
        }
        return "-";
    }

    private static String type(Message message) {
        return MessageUtils.isRequestor(message) ? "RESP_IN" : "REQ_IN";
    }

    private static String address(Message message) {
        Object url = message.get(Message.REQUEST_URL);
        if (url == null && message.getExchange() != null && message.getExchange().getOutMessage() != null) {
            url = message.getExchange().getOutMessage().get(Message.ENDPOINT_ADDRESS);
        }
        return String.valueOf(url);
    }

    /** The bytes as they arrived: read them all, write them, hand the rest of the chain a copy. */
    private static final class RawIn extends AbstractPhaseInterceptor<Message> {
        private final MessageCapture capture;

        RawIn(MessageCapture capture) {
            super(Phase.RECEIVE);
            this.capture = capture;
        }

        @Override
        public void handleMessage(Message message) {
            InputStream in = message.getContent(InputStream.class);
            if (in == null) {
                return;
            }
            try {
                byte[] bytes = in.readAllBytes();
                message.setContent(InputStream.class, new ByteArrayInputStream(bytes));
                String contentType = (String) message.get(Message.CONTENT_TYPE);
                @SuppressWarnings("unchecked")
                Map<String, ?> headers = (Map<String, ?>) message.get(Message.PROTOCOL_HEADERS);
                capture.write(type(message), action(contentType, headers), address(message), contentType,
                    new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** After WS-Security (USER_PROTOCOL follows the PRE_PROTOCOL phase WSS4J runs in): the SAAJ envelope. */
    private static final class DecryptedIn extends AbstractPhaseInterceptor<Message> {
        private final MessageCapture capture;

        DecryptedIn(MessageCapture capture) {
            super(Phase.USER_PROTOCOL);
            this.capture = capture;
        }

        @Override
        public void handleMessage(Message message) {
            SOAPMessage soap = message.getContent(SOAPMessage.class);
            if (soap == null) {
                return;
            }
            try {
                StringWriter out = new StringWriter();
                Transformer t = TransformerFactory.newInstance().newTransformer();
                t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
                t.transform(new DOMSource(soap.getSOAPPart()), new StreamResult(out));
                String contentType = (String) message.get(Message.CONTENT_TYPE);
                @SuppressWarnings("unchecked")
                Map<String, ?> headers = (Map<String, ?>) message.get(Message.PROTOCOL_HEADERS);
                capture.write("DECRYPTED_IN", action(contentType, headers), address(message), contentType,
                    out.toString());
            } catch (TransformerException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
