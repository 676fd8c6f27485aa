/// Messages written by Python's `email` package (Python 3.11, `email.message.EmailMessage`), the kind of mail
/// real tools send. Generated with:
///
/// ```python
/// m = EmailMessage(); m['From'] = ...; m['To'] = ...; m['Subject'] = ...
/// m.set_content(text)                       # plus add_attachment / add_alternative where noted
/// open(name + '.eml', 'wb').write(m.as_bytes(policy=email.policy.SMTP))   # CRLF; policy.default for LF
/// ```
///
/// Swift string literals have LF line endings; the CRLF ones are converted back by ``crlf(_:)``.
enum PythonFixtures {
    /// Format 1 style: `set_content` of ASCII text with a [SENDER] block, `7bit`.
    static let plain = crlf(#"""
        From: user@your_domain.com
        To: 61409000000@mail.completesms.net
        Subject: System Alert
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 7bit
        MIME-Version: 1.0

        [SENDER]
        ID=CI00000001
        PW=myPassword

        Server 23 is offline.

        """#)

    /// A long line with non-ASCII text: Python chooses `quoted-printable` with soft line breaks.
    static let longLine = crlf(#"""
        From: alerts@your_domain.com
        To: smsmail@mail.completesms.net
        Subject:
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable
        MIME-Version: 1.0

        X-Cellphone:61409000000

        Server 23 is offline and has been since early this morning; the backup job al=
        so failed. Server 23 is offline and has been since early this morning; the ba=
        ckup job also failed. Server 23 is offline and has been since early this morn=
        ing; the backup job also failed. =C3=9Cn=C3=AFc=C3=B6d=C3=A9 =E2=9C=93

        """#)

    /// A body and a `text/csv` attachment (base64) in `multipart/mixed`; a quoted display name in From.
    static let csvAttachment = crlf(#"""
        From: "Jane Doe" <user@your_domain.com>
        To: bulksms@mail.completesms.net
        Subject: Bulk
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="===============3905804110547168317=="

        --===============3905804110547168317==
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 7bit

        [SENDER]
        ID=CI00000001
        PW=myPassword

        --===============3905804110547168317==
        Content-Type: text/csv
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="CI00000001161223151959.csv"
        MIME-Version: 1.0

        NjE0MDkwMDAwMDAsU2VydmVyIDIzIGlzIG9mZmxpbmUuDQo2MTQwOTAwMDAwMSwiU2VydmVyIDI0
        LCB0b28iDQo=

        --===============3905804110547168317==--

        """#)

    /// A long non-ASCII subject: folded, with `b` and `q` encoded-words and plain words between them.
    static let nonASCIISubject = crlf(#"""
        From: user@your_domain.com
        To: 61409000000@mail.completesms.net
        Subject: =?utf-8?b?R3LDvMOfZSBhdXMgS8O2bG4g4oCT?= Serverstatus: alles in
         Ordnung, keine =?utf-8?q?St=C3=B6rungen_gemeldet_=F0=9F=91=8D?=
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 7bit
        MIME-Version: 1.0

        Body

        """#)

    /// `multipart/alternative` (plain + HTML) nested in `multipart/mixed` with a binary attachment whose name needs RFC 2231 (`filename*=`); `policy.default`, so bare LF line endings.
    static let alternativeNested = lf(#"""
        From: user@your_domain.com
        To: 61409000000@mail.completesms.net
        Subject: Alt
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="===============0275023882190112331=="

        --===============0275023882190112331==
        Content-Type: multipart/alternative;
         boundary="===============9006176734539201835=="

        --===============9006176734539201835==
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 7bit

        plain part

        --===============9006176734539201835==
        Content-Type: text/html; charset="utf-8"
        Content-Transfer-Encoding: 7bit
        MIME-Version: 1.0

        <p>html part</p>

        --===============9006176734539201835==--

        --===============0275023882190112331==
        Content-Type: application/octet-stream
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment;
         filename*=utf-8''Liste%20f%C3%BCr%20M%C3%A4rz.csv
        MIME-Version: 1.0

        AAFiaW5hcnk=

        --===============0275023882190112331==--

        """#)

    /// An ISO-8859-1 body in quoted-printable.
    static let latin1 = crlf(#"""
        From: user@your_domain.com
        To: x@y
        Subject: latin
        Content-Type: text/plain; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable
        MIME-Version: 1.0

        Caf=E9 ol=E9

        """#)

    /// `text` (written with LF) with CRLF line endings, as bytes.
    static func crlf(_ text: String) -> [UInt8] {
        Array(text.replacing("\n", with: "\r\n").utf8)
    }

    /// `text` as bytes, LF line endings kept.
    static func lf(_ text: String) -> [UInt8] {
        Array(text.utf8)
    }
}
