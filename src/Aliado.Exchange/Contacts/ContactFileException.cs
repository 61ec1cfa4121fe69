namespace Aliado.Exchange.Contacts;

/// <summary>The file is not a contacts file this reader understands; <see cref="Code"/> says why, for a localized message.</summary>
public sealed class ContactFileException(string code, int? record = null) : Exception($"Not a contacts file: {code}{(record is null ? string.Empty : $" (record {record})")}")
{
    public const string Empty = "empty";
    public const string Binary = "binary";
    public const string UnknownColumns = "unknown-columns";
    public const string UnterminatedCard = "unterminated-card";

    public string Code { get; } = code;

    public int? Record { get; } = record;
}
