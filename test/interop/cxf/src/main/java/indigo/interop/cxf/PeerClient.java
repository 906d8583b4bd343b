package indigo.interop.cxf;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.AddressingFeature;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.policy.PolicyEngine;
import org.apache.cxf.ws.policy.selector.FirstAlternativeSelector;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.tokenstore.SecurityToken;
import org.apache.cxf.ws.security.trust.STSClient;

/**
 * The CXF client: calls a calculator secured by WCF's secure-conversation policy (the CXF service, or Indigo's).
 *
 * <pre>
 *   PeerClient (--url URL | --wsdl URL [--port NAME]) --version sc2005|sc13 --certs DIR [--password P]
 *              [--text T] [--capture DIR] [--cancel wcf|cxf|none] [--verbose]
 * </pre>
 *
 * Where the policy comes from: with {@code --url} alone, from this peer's template WSDL (WCF's policy, written by
 * hand; the port named after {@code --version}); with {@code --wsdl}, from the service's own published WSDL
 * ({@code ?wsdl} or {@code ?singleWsdl}), exactly as fetched: service {@code {http://tempuri.org/}CalculatorService},
 * port {@code NAME} ({@code WSHttpBinding_ICalculator} for sc2005, {@code WS2007HttpBinding_ICalculator} for sc13
 * by default — WCF's {Binding}_{Contract}), and the port's address unless {@code --url} overrides it. The
 * published contract also has WhoAmI and Counter, so the client then calls them too.
 *
 * Runs Add(2, 3) and Echo(T) (with {@code --wsdl}: WhoAmI, and Counter twice), then ends the session with
 * RST/SCT/Cancel: {@code wcf} (the default) sends it as WCF does ({@link WcfStyleCancel}); {@code cxf} lets CXF's
 * STSClient send it its own way, under the bootstrap policy; {@code none} sends none (and is the only choice
 * without a secure session). Prints {@code ADD <result>}, {@code ECHO <quoted result>}, {@code WHOAMI <quoted>},
 * {@code COUNTER <n>}, {@code CANCELLED <how>}, then {@code PASS} and exits 0; or {@code FAIL <reason>} and
 * exits 1.
 */
public final class PeerClient {
    private PeerClient() {
    }

    /**
     * The STSClient that CXF's SecureConversationOutInterceptor uses for RST/SCT, set up to write the RST closer
     * to WCF's (RS WSTrust.cs WriteRequestSecurityToken: TokenType, RequestType, Entropy, KeySize): TokenType
     * first, no wsp:AppliesTo (WCF's session client sends none), no wst:Renewing. What CXF still writes and WCF
     * does not: wst:Lifetime (always, for secure conversation), wst:ComputedKeyAlgorithm after the entropy, and
     * KeySize before Entropy — all optional WS-Trust elements a WCF service reads past.
     */
    private static STSClient wcfShapedIssuer(Bus bus, PolicyVersion version) {
        STSClient sts = new STSClient(bus);
        String name = version.port() + ".sct-client";
        sts.setEndpointName(name);
        sts.setBeanName(name);
        sts.setEnableAppliesTo(false);
        sts.setSendRenewing(false);
        sts.setTokenType(version.sctTokenType());
        // Only steers STSClient's symmetric-key branch (KeySize + Entropy); for secure conversation no
        // KeyType element is written.
        sts.setKeyType(version.trustNamespace + "/SymmetricKey");
        return sts;
    }

    public static void main(String[] argv) {
        Args args;
        try {
            args = new Args(argv, Set.of("--url", "--wsdl", "--port", "--version", "--certs", "--password",
                "--text", "--capture", "--cancel"), Set.of("--verbose"));
        } catch (IllegalArgumentException e) {
            PeerOutput.line("FAIL " + e.getMessage());
            System.exit(2);
            return;
        }
        Logging.configure(args.flag("--verbose"));
        int status = 1;
        Bus bus = null;
        try {
            PolicyVersion version = PolicyVersion.parse(args.require("--version"));
            String published = args.get("--wsdl", null);
            String url = published == null ? args.require("--url") : args.get("--url", null);
            String text = args.get("--text", "hello from CXF <&> é");
            PeerCredentials credentials = PeerCredentials.load(Path.of(args.require("--certs")), "client",
                "service", args.get("--password", ""));
            bus = BusFactory.newInstance().createBus();
            BusFactory.setDefaultBus(bus);
            BusFactory.setThreadDefaultBus(bus);
            // Send with the first policy alternative (cancel-policy.xml.template: WCF's), not CXF's default
            // minimal one. The calculator's own policies have a single alternative each.
            bus.getExtension(PolicyEngine.class).setAlternativeSelector(new FirstAlternativeSelector());
            String capture = args.get("--capture", null);
            if (capture != null) {
                MessageCapture.install(bus, Path.of(capture));
            }
            URL wsdl = published != null ? new URL(published)
                : version.writeWsdl(Files.createTempDirectory("cxf-peer-wsdl"));
            QName port = published != null ? new QName(ICalculator.NS, args.get("--port", version.bindingName))
                : version.port();

            Service service = Service.create(wsdl, PolicyVersion.SERVICE);
            Class<? extends ICalculator> contract = published != null ? SessionCalculator.class : ICalculator.class;
            ICalculator calc = service.getPort(port, contract, new AddressingFeature(true, true));
            Map<String, Object> request = ((BindingProvider) calc).getRequestContext();
            if (url != null) {
                request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, url);
            } else {
                url = (String) request.get(BindingProvider.ENDPOINT_ADDRESS_PROPERTY);
            }
            credentials.putSecurityProperties(request);
            request.put(SecurityConstants.STS_CLIENT, wcfShapedIssuer(bus, version));

            String cancel = args.get("--cancel", "wcf");
            if (!Set.of("wcf", "cxf", "none").contains(cancel)) {
                throw new IllegalArgumentException("--cancel must be wcf, cxf or none");
            }

            double sum = calc.add(2, 3);
            PeerOutput.line("ADD " + sum);
            if (cancel.equals("cxf")) {
                // CXF cancels the SCT once the response to the call made with this property has been read.
                request.put(SecurityConstants.STS_TOKEN_DO_CANCEL, Boolean.TRUE);
            }
            String echoed = calc.echo(text);
            PeerOutput.line("ECHO " + PeerOutput.quote(echoed));
            if (sum != 5.0) {
                throw new IllegalStateException("Add(2, 3) returned " + sum);
            }
            if (!text.equals(echoed)) {
                throw new IllegalStateException("Echo returned " + PeerOutput.quote(echoed));
            }
            if (calc instanceof SessionCalculator session) {
                PeerOutput.line("WHOAMI " + PeerOutput.quote(session.whoAmI()));
                PeerOutput.line("COUNTER " + session.counter());
                PeerOutput.line("COUNTER " + session.counter());
            }
            Client client = ClientProxy.getClient(calc);
            if (cancel.equals("wcf")) {
                SecurityToken token = (SecurityToken) client.getEndpoint().get(SecurityConstants.TOKEN);
                if (token == null) {
                    throw new IllegalStateException("no security context token after the calls");
                }
                WcfStyleCancel.cancel(bus, version, url, token, credentials);
                PeerOutput.line("CANCELLED wcf " + token.getId());
            } else if (cancel.equals("cxf")) {
                PeerOutput.line("CANCELLED cxf");
            }
            client.destroy();
            PeerOutput.line("PASS");
            status = 0;
        } catch (Throwable e) {
            PeerOutput.line("FAIL " + Logging.describe(e).replace("\n", " | "));
            if (args.flag("--verbose")) {
                e.printStackTrace();
            }
        } finally {
            if (bus != null) {
                bus.shutdown(true);
            }
        }
        System.exit(status);
    }
}
