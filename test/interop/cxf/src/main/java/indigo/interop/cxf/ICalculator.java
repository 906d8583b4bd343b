package indigo.interop.cxf;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.ws.Action;
import jakarta.xml.ws.RequestWrapper;
import jakarta.xml.ws.ResponseWrapper;

/**
 * The calculator contract as WCF puts it on the wire (samples/calculator/ICalculator.ts): document/literal
 * wrapped, every element in http://tempuri.org/, actions http://tempuri.org/ICalculator/{Op}[Response]. Only Add
 * and Echo: they are what the secure-conversation interop needs.
 */
@WebService(name = "ICalculator", targetNamespace = ICalculator.NS)
public interface ICalculator {
    String NS = "http://tempuri.org/";

    @WebMethod(operationName = "Add", action = "http://tempuri.org/ICalculator/Add")
    @Action(input = "http://tempuri.org/ICalculator/Add", output = "http://tempuri.org/ICalculator/AddResponse")
    @RequestWrapper(localName = "Add", targetNamespace = NS)
    @ResponseWrapper(localName = "AddResponse", targetNamespace = NS)
    @WebResult(name = "AddResult", targetNamespace = NS)
    double add(@WebParam(name = "a", targetNamespace = NS) double a,
               @WebParam(name = "b", targetNamespace = NS) double b);

    @WebMethod(operationName = "Echo", action = "http://tempuri.org/ICalculator/Echo")
    @Action(input = "http://tempuri.org/ICalculator/Echo", output = "http://tempuri.org/ICalculator/EchoResponse")
    @RequestWrapper(localName = "Echo", targetNamespace = NS)
    @ResponseWrapper(localName = "EchoResponse", targetNamespace = NS)
    @WebResult(name = "EchoResult", targetNamespace = NS)
    String echo(@WebParam(name = "text", targetNamespace = NS) String text);
}
