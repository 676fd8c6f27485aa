/// MIME and CSV formats used by email providers.
enum MailFormatsNamespace {}
