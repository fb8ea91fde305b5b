package vn.tonghop.workbook;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.aalto.stax.StreamReaderImpl;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one StAX parser factory of the .xlsx reader (Aalto). Documents may not declare a DTD's entities: a part that
 * uses one (an external entity pulling in a local file) fails to parse and the file is refused as damaged.
 */
final class StaxXml {

	private static final XMLInputFactory FACTORY = factory();

	private StaxXml() {
	}

	/**
	 * Typed as Aalto's reader, whose methods are final, rather than as the StAX interface. The JIT inlines an
	 * interface's calls as if they were direct while only one implementation is loaded; loading the report designs
	 * loads another (Jackson's XML adapter), and every compiled method of this reader was thrown away and compiled
	 * again in the next run's intake. Calls to final methods stay direct whatever is loaded.
	 */
	static StreamReaderImpl reader(byte[] xml) throws XMLStreamException {
		return (StreamReaderImpl) FACTORY.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
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
