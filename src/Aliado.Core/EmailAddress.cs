namespace Aliado.Core;

public static class EmailAddress
{
    /// <summary>
    /// A deliberately loose check: one '@', something on each side, a dot in the domain, no spaces.
    /// Real validation of an address is sending mail to it; this only catches typing slips.
    /// </summary>
    public static bool LooksValid(string value)
    {
        var text = value.Trim();
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0
            && at == text.LastIndexOf('@')
            && at < text.Length - 1
            && text.IndexOf('.', at) > at + 1
            && !text.EndsWith('.')
            && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}
