package indigo.interop.cxf;

import jakarta.jws.WebService;

/** The service side of {@link ICalculator}; each call is reported on stdout for the test to see. */
@WebService(endpointInterface = "indigo.interop.cxf.ICalculator", targetNamespace = ICalculator.NS,
            serviceName = "CalculatorService")
public class CalculatorService implements ICalculator {
    private final String variant;

    public CalculatorService(String variant) {
        this.variant = variant;
    }

    @Override
    public double add(double a, double b) {
        PeerOutput.line("CALL " + variant + " Add " + a + " " + b);
        return a + b;
    }

    @Override
    public String echo(String text) {
        PeerOutput.line("CALL " + variant + " Echo " + PeerOutput.quote(text));
        return text;
    }
}
