/// Trimming as the email gateway applies it to bodies and headers.
extension String {
    /// Without leading and trailing white space and line breaks.
    var trimmed: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
