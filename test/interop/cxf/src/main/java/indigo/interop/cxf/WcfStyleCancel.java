package indigo.interop.cxf;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.AddressingFeature;
import jakarta.xml.ws.soap.SOAPBinding;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.apache.cxf.Bus;
import org.apache.cxf.ws.addressing.AddressingProperties;
import org.apache.cxf.ws.addressing.AttributedURIType;
import org.apache.cxf.ws.addressing.JAXWSAConstants;
import org.apache.cxf.ws.policy.PolicyBuilder;
import org.apache.cxf.ws.policy.PolicyConstants;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.tokenstore.SecurityToken;
import org.apache.neethi.Policy;

/**
 * RST/SCT/Cancel as WCF's session client sends it (spec/secure-conversation.md §9): on the session, protected
 * by the SCT with derived keys, body signed and not encrypted, {@code <RequestType>…/Cancel</RequestType>} and a
 * {@code <CancelTarget>} holding the external reference to the SCT (the RSTR's RequestedUnattachedReference).
 *
 * <p>CXF's own client cancel (security.sts.token.do.cancel) sends it through the STSClient under the bootstrap
 * policy instead — a fresh EncryptedKey to the service certificate, the client certificate endorsing, the SCT
 * in the CancelTarget by value — which WCF does not. This class is the CXF configuration that writes WCF's
 * Cancel: a JAX-WS Dispatch under a policy override (cancel-policy.xml.template), with the session's token.
 */
final class WcfStyleCancel {
    private WcfStyleCancel() {
    }

    /** Sends the Cancel and returns the response body; throws unless it holds RequestedTokenCancelled. */
    static String cancel(Bus bus, PolicyVersion version, String url, SecurityToken token,
                         PeerCredentials credentials) throws Exception {
        Policy policy = bus.getExtension(PolicyBuilder.class).getPolicy(parse(version.fill("/cancel-policy.xml.template")));

        QName portName = new QName(ICalculator.NS, "SecureConversationCancel");
        Service service = Service.create(PolicyVersion.SERVICE);
        service.addPort(portName, SOAPBinding.SOAP12HTTP_BINDING, url);
        Dispatch<Source> dispatch = service.createDispatch(portName, Source.class, Service.Mode.PAYLOAD,
            new AddressingFeature(true, true));
        String action = version.trustNamespace + "/RST/SCT/Cancel";
        Map<String, Object> request = dispatch.getRequestContext();
        credentials.putSecurityProperties(request);
        request.put(SecurityConstants.TOKEN, token);
        request.put(PolicyConstants.POLICY_OVERRIDE, policy);
        request.put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
        request.put(BindingProvider.SOAPACTION_URI_PROPERTY, action);
        AddressingProperties maps = new AddressingProperties();
        AttributedURIType actionUri = new AttributedURIType();
        actionUri.setValue(action);
        maps.setAction(actionUri);
        request.put(JAXWSAConstants.CLIENT_ADDRESSING_PROPERTIES, maps);

        Source response = dispatch.invoke(new DOMSource(cancelRequest(version, token)));
        String body = toText(response);
        if (!body.contains("RequestedTokenCancelled")) {
            throw new IllegalStateException("the Cancel response has no RequestedTokenCancelled: " + body);
        }
        return body;
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    }

    private static Element cancelRequest(PolicyVersion version, SecurityToken token) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().newDocument();
        String t = version.trustNamespace;
        Element rst = doc.createElementNS(t, "t:RequestSecurityToken");
        rst.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:t", t);
        Element requestType = doc.createElementNS(t, "t:RequestType");
        requestType.setTextContent(t + "/Cancel");
        rst.appendChild(requestType);
        Element cancelTarget = doc.createElementNS(t, "t:CancelTarget");
        Element reference = token.getUnattachedReference();
        if (reference != null) {
            cancelTarget.appendChild(doc.importNode(reference, true));
        } else {
            String wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
            Element str = doc.createElementNS(wsse, "o:SecurityTokenReference");
            str.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:o", wsse);
            Element ref = doc.createElementNS(wsse, "o:Reference");
            ref.setAttribute("URI", token.getId());
            ref.setAttribute("ValueType", version.sctTokenType());
            str.appendChild(ref);
            cancelTarget.appendChild(str);
        }
        rst.appendChild(cancelTarget);
        doc.appendChild(rst);
        return rst;
    }

    private static String toText(Source source) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(source, new StreamResult(out));
        return out.toString();
    }
}
