using System.Text;

namespace Aliado.Exchange.Contacts;

/// <summary>
/// How a contacts file's bytes become text. Byte order marks and UTF-16 are recognised first; otherwise
/// the file is UTF-8 when every byte sequence is valid UTF-8 and windows-1252 (what older Windows
/// programs write) when not. A vCard's own <c>CHARSET=</c> parameters are honoured value by value.
/// </summary>
public sealed class ContactText
{
    private const int SniffLength = 4096;

    static ContactText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ContactText(Encoding encoding, int preamble) => (Encoding, Preamble) = (encoding, preamble);

    /// <summary>What the file's text is in, when no parameter says otherwise.</summary>
    public Encoding Encoding { get; }

    /// <summary>Bytes of byte order mark to skip.</summary>
    public int Preamble { get; }

    /// <summary>UTF-16 files are text already; files of bytes can still carry per-value charsets.</summary>
    public bool IsBytes => Encoding is not UnicodeEncoding;

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static Encoding? Named(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reads the stream once to decide, and leaves it at its start.</summary>
    public static ContactText Detect(Stream stream)
    {
        var head = new byte[SniffLength];
        stream.Position = 0;
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var bytes = head.AsSpan(0, length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(new UTF8Encoding(false), 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }
        if (LooksUtf16(bytes, out var bigEndian))
        {
            return new(new UnicodeEncoding(bigEndian, byteOrderMark: false), 0);
        }
        var utf8 = IsUtf8(stream);
        stream.Position = 0;
        return new(utf8 ? new UTF8Encoding(false) : Windows1252, 0);
    }

    /// <summary>Text read byte for byte (Latin-1) when values may need their own charset; the file's encoding otherwise.</summary>
    public TextReader OpenReader(Stream stream, bool bytewise)
    {
        stream.Position = Preamble;
        return new StreamReader(stream, bytewise && IsBytes ? Encoding.Latin1 : Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
    }

    /// <summary>Re-reads a value taken byte for byte, in its own charset or the file's.</summary>
    public string Decode(string latin1, Encoding? charset) =>
        IsBytes ? (charset ?? Encoding).GetString(Encoding.Latin1.GetBytes(latin1)) : latin1;

    public string Decode(byte[] bytes, Encoding? charset) => (IsBytes ? charset ?? Encoding : Encoding.UTF8).GetString(bytes);

    /// <summary>ASCII text in UTF-16 has a zero in every other byte.</summary>
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var pairs = bytes.Length / 2;
        if (pairs < 4)
        {
            return false;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) > pairs * 0.4 && Math.Min(evenZeros, oddZeros) < pairs * 0.05;
    }

    private static bool IsUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[64 * 1024];
        var chars = new char[buffer.Length + 4];
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
