package vn.tonghop.workbook;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one StAX parser factory of the .xlsx reader (Aalto). Documents may not declare a DTD's entities: a part that
 * uses one (an external entity pulling in a local file) fails to parse and the file is refused as damaged.
 */
final class StaxXml {

	private static final XMLInputFactory FACTORY = factory();

	private StaxXml() {
	}

	static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
		return FACTORY.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}
}
