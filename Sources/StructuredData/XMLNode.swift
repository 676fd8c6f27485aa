/// A node in an element's content: a child element or a run of text. Comments and processing
/// instructions are not kept; CDATA sections and references become text.
public enum XMLNode: Sendable, Equatable {
    /// A child element.
    case element(XMLElement)
    /// Character data, with entity and character references resolved and line ends normalised to
    /// `\n`.
    case text(String)
}
