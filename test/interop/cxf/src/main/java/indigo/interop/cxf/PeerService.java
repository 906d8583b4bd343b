package indigo.interop.cxf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.ws.addressing.WSAddressingFeature;
import org.apache.cxf.ws.security.SecurityConstants;

/**
 * The CXF service: the calculator behind WCF's secure-conversation policy, both flavours, on one port.
 *
 * <pre>
 *   PeerService --port N --certs DIR [--password P] [--host 127.0.0.1] [--capture DIR] [--verbose]
 * </pre>
 *
 * Prints {@code ENDPOINT sc2005 URL}, {@code ENDPOINT sc13 URL}, then {@code READY http://host:port/} once both
 * listen; then {@code CALL ...} for each operation it runs. {@code FAIL reason} and exit 1 if it cannot start.
 * Stops on SIGTERM.
 */
public final class PeerService {
    private PeerService() {
    }

    public static void main(String[] argv) {
        Args args;
        try {
            args = new Args(argv, Set.of("--port", "--certs", "--password", "--host", "--capture"),
                Set.of("--verbose"));
        } catch (IllegalArgumentException e) {
            PeerOutput.line("FAIL " + e.getMessage());
            System.exit(2);
            return;
        }
        Logging.configure(args.flag("--verbose"));
        List<Server> servers = new ArrayList<>();
        Bus bus = null;
        try {
            int port = Integer.parseInt(args.require("--port"));
            String host = args.get("--host", "127.0.0.1");
            PeerCredentials credentials = PeerCredentials.load(Path.of(args.require("--certs")), "service",
                "client", args.get("--password", ""));
            bus = BusFactory.newInstance().createBus();
            BusFactory.setDefaultBus(bus);
            String capture = args.get("--capture", null);
            if (capture != null) {
                MessageCapture.install(bus, Path.of(capture));
            }
            Path wsdlDir = Files.createTempDirectory("cxf-peer-wsdl");
            wsdlDir.toFile().deleteOnExit();
            for (PolicyVersion v : PolicyVersion.values()) {
                String address = "http://" + host + ":" + port + v.path();
                JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
                factory.setBus(bus);
                factory.setServiceClass(ICalculator.class);
                factory.setServiceBean(new CalculatorService(v.id));
                factory.setWsdlURL(v.writeWsdl(wsdlDir).toString());
                factory.setServiceName(PolicyVersion.SERVICE);
                factory.setEndpointName(v.port());
                factory.setAddress(address);
                factory.getFeatures().add(new WSAddressingFeature());
                factory.setProperties(serviceProperties(credentials));
                servers.add(factory.create());
                PeerOutput.line("ENDPOINT " + v.id + " " + address);
            }
        } catch (Exception e) {
            PeerOutput.line("FAIL " + Logging.describe(e).replace('\n', ' '));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Bus running = bus;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Server s : servers) {
                s.destroy();
            }
            running.shutdown(true);
            stopped.countDown();
        }));
        PeerOutput.line("READY http://" + args.get("--host", "127.0.0.1") + ":" + args.get("--port", "") + "/");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * WSS4J settings beyond the policy, chosen to meet WCF where CXF's defaults differ (docs/interop.md):
     * the issued SCT's lifetime is WCF's session key lifetime (sessionKeyRenewalInterval, 15 h) rather than
     * CXF's 5 minutes.
     */
    private static Map<String, Object> serviceProperties(PeerCredentials credentials) {
        Map<String, Object> props = new HashMap<>();
        credentials.putSecurityProperties(props);
        props.put(SecurityConstants.SECURITY_TOKEN_LIFETIME, String.valueOf(15L * 60 * 60 * 1000));
        return props;
    }
}
