package indigo.interop.cxf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.namespace.QName;

/**
 * The two secure-conversation flavours WCF ships, as CXF sees them: CXF picks the WS-Trust and
 * WS-SecureConversation namespaces from the WS-SecurityPolicy namespace of the SecureConversationToken.
 */
public enum PolicyVersion {
    /** wsHttpBinding (MessageSecurityVersion.Default): WS-SP 1.1, WS-Trust Feb 2005, WS-SC Feb 2005. */
    SC2005("sc2005", "http://schemas.xmlsoap.org/ws/2005/07/securitypolicy", "Trust10",
           "WSHttpBinding_ICalculator", "http://schemas.xmlsoap.org/ws/2005/02/trust",
           "http://schemas.xmlsoap.org/ws/2005/02/sc"),
    /** ws2007HttpBinding: WS-SP 1.2, WS-Trust 1.3, WS-SC 1.3. */
    SC13("sc13", "http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702", "Trust13",
         "WS2007HttpBinding_ICalculator", "http://docs.oasis-open.org/ws-sx/ws-trust/200512",
         "http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512");

    public static final QName SERVICE = new QName(ICalculator.NS, "CalculatorService");

    /** Name on the command line and in the service's path (/sc2005/calc, /sc13/calc). */
    public final String id;
    public final String securityPolicyNamespace;
    public final String trustAssertion;
    public final String bindingName;
    /** WS-Trust namespace: RST/RSTR elements, and the root of the SCT actions (…/RST/SCT, …/RST/SCT/Cancel). */
    public final String trustNamespace;
    public final String secureConversationNamespace;

    PolicyVersion(String id, String sp, String trust, String binding, String trustNs, String scNs) {
        this.id = id;
        this.securityPolicyNamespace = sp;
        this.trustAssertion = trust;
        this.bindingName = binding;
        this.trustNamespace = trustNs;
        this.secureConversationNamespace = scNs;
    }

    /** The SCT token type, also the ValueType of references to an SCT. */
    public String sctTokenType() {
        return secureConversationNamespace + "/sct";
    }

    public QName port() {
        return new QName(ICalculator.NS, bindingName);
    }

    public String path() {
        return "/" + id + "/calc";
    }

    public static PolicyVersion parse(String id) {
        for (PolicyVersion v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown version '" + id + "' (use sc2005 or sc13)");
    }

    /** A classpath template with this version's namespaces filled in. */
    public String fill(String resource) throws IOException {
        String template;
        try (InputStream in = PolicyVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return template.replace("@SP@", securityPolicyNamespace)
            .replace("@TRUST@", trustAssertion)
            .replace("@BINDING@", bindingName);
    }

    /** This version's WSDL (the template with its namespaces filled in), written under {@code dir}. */
    public URL writeWsdl(Path dir) throws IOException {
        String wsdl = fill("/calculator.wsdl.template");
        Path file = dir.resolve("calculator-" + id + ".wsdl");
        Files.writeString(file, wsdl, StandardCharsets.UTF_8);
        return file.toUri().toURL();
    }
}
