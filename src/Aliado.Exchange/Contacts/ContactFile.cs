namespace Aliado.Exchange.Contacts;

/// <summary>
/// A contacts file opened for reading: its text encoding and format are told from the content. The
/// contacts can be read more than once (a check pass, then the import), each time from the start, one at
/// a time, so a file of any size is never held in memory whole.
/// </summary>
public sealed class ContactFile
{
    private const int HeadLength = 4096;

    private readonly Stream _stream;
    private readonly ContactText _text;
    private readonly int _preamble;

    private ContactFile(Stream stream, ContactText text, ContactFormat format, int preamble) =>
        (_stream, _text, Format, _preamble) = (stream, text, format, preamble);

    public ContactFormat Format { get; }

    /// <summary>Reads the start of <paramref name="seekable"/>; a file that is not contacts throws <see cref="ContactFileException"/>.</summary>
    public static ContactFile Open(Stream seekable)
    {
        if (seekable.Length == 0)
        {
            throw new ContactFileException(ContactFileException.Empty);
        }
        var text = ContactText.Detect(seekable);
        string head;
        using (var reader = text.OpenReader(seekable, bytewise: false))
        {
            var buffer = new char[HeadLength];
            head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
        }
        if (string.IsNullOrWhiteSpace(head))
        {
            throw new ContactFileException(ContactFileException.Empty);
        }
        if (head.Count(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')) > head.Length / 100)
        {
            throw new ContactFileException(ContactFileException.Binary);
        }
        if (head.TrimStart().StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase))
        {
            return new ContactFile(seekable, text, ContactFormat.VCard, 0);
        }
        int preamble;
        using (var reader = text.OpenReader(seekable, bytewise: false))
        {
            preamble = CsvContacts.PreambleLines(reader);
        }
        using (var reader = text.OpenReader(seekable, bytewise: false))
        using (var csv = CsvContacts.Open(reader, preamble))
        {
            var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
            var format = CsvContacts.Recognise(headers) ?? throw new ContactFileException(ContactFileException.UnknownColumns);
            return new ContactFile(seekable, text, format, preamble);
        }
    }

    /// <summary>Every contact, in file order. A card left open at the end throws <see cref="ContactFileException"/>.</summary>
    public IEnumerable<Contact> Contacts()
    {
        using var reader = _text.OpenReader(_stream, bytewise: Format == ContactFormat.VCard);
        if (Format == ContactFormat.VCard)
        {
            foreach (var contact in new VCardReader(_text, reader).Read())
            {
                yield return contact;
            }
            yield break;
        }
        using var csv = CsvContacts.Open(reader, _preamble);
        foreach (var contact in CsvContacts.Read(csv, Format))
        {
            yield return contact;
        }
    }
}
