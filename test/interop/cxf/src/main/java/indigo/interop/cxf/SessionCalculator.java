package indigo.interop.cxf;

import jakarta.jws.WebMethod;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.ws.Action;
import jakarta.xml.ws.RequestWrapper;
import jakarta.xml.ws.ResponseWrapper;

/**
 * The whole calculator contract a WCF-shaped host publishes (samples/calculator/ICalculator.ts): {@link ICalculator}'s
 * Add and Echo, plus WhoAmI (the caller's identity as the service authenticated it) and Counter (per-session
 * instancing: 1, 2, 3… within one secure session). Used by the client when it reads the host's own WSDL
 * ({@code --wsdl}); the CXF service, built from the template WSDL, has only Add and Echo.
 */
@WebService(name = "ICalculator", targetNamespace = ICalculator.NS)
public interface SessionCalculator extends ICalculator {
    @WebMethod(operationName = "WhoAmI", action = "http://tempuri.org/ICalculator/WhoAmI")
    @Action(input = "http://tempuri.org/ICalculator/WhoAmI", output = "http://tempuri.org/ICalculator/WhoAmIResponse")
    @RequestWrapper(localName = "WhoAmI", targetNamespace = NS)
    @ResponseWrapper(localName = "WhoAmIResponse", targetNamespace = NS)
    @WebResult(name = "WhoAmIResult", targetNamespace = NS)
    String whoAmI();

    @WebMethod(operationName = "Counter", action = "http://tempuri.org/ICalculator/Counter")
    @Action(input = "http://tempuri.org/ICalculator/Counter", output = "http://tempuri.org/ICalculator/CounterResponse")
    @RequestWrapper(localName = "Counter", targetNamespace = NS)
    @ResponseWrapper(localName = "CounterResponse", targetNamespace = NS)
    @WebResult(name = "CounterResult", targetNamespace = NS)
    int counter();
}
