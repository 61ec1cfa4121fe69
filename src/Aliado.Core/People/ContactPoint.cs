namespace Aliado.Core.People;

/// <summary>A way to reach someone — an e-mail, a phone, a web link — with the label its source gave it ("work", "mobile").</summary>
public sealed record ContactPoint(string Value, string? Label = null)
{
    /// <summary>More than any address book keeps for one person; what a file holds beyond it goes to the notes.</summary>
    public const int MaxPerKind = 20;

    public const int LabelLength = 50;

    public const int LinkLength = 500;

    public override string ToString() => string.IsNullOrWhiteSpace(Label) ? Value : $"{Value} ({Label})";

    /// <summary>Two spellings of one address are one key: duplicates are found by it.</summary>
    public static string EmailKey(string email) => email.Trim().ToLowerInvariant();
}
