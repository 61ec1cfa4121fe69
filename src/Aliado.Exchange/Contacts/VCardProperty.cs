namespace Aliado.Exchange.Contacts;

/// <summary>One content line: <c>[group.]NAME[;param…]:value</c>, its value still as read.</summary>
internal sealed record VCardProperty(string? Group, string Name, IReadOnlyList<(string Key, string Value)> Parameters, string Raw)
{
    public IEnumerable<string> Types => Parameters.Where(p => p.Key == "TYPE").SelectMany(p => p.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public bool IsQuotedPrintable => Parameter("ENCODING") is { } e && e.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase)
        || Parameters.Any(p => p.Key == "TYPE" && p.Value.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase));

    public bool IsBinary => Parameter("ENCODING") is { } e && (e.Equals("BASE64", StringComparison.OrdinalIgnoreCase) || e.Equals("B", StringComparison.OrdinalIgnoreCase))
        || Parameters.Any(p => p.Key == "TYPE" && p.Value.Equals("BASE64", StringComparison.OrdinalIgnoreCase))
        || Raw.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    public bool Is(string name) => Name.Equals(name, StringComparison.OrdinalIgnoreCase);

    public string? Parameter(string key) => Parameters.FirstOrDefault(p => p.Key == key).Value;

    public static VCardProperty? Parse(string line)
    {
        var colon = -1;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                colon = i;
                break;
            }
        }
        if (colon <= 0)
        {
            return null;
        }
        var head = line[..colon].Split(';');
        var name = head[0].Trim();
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var group = dot > 0 ? name[..dot] : null;
        name = dot > 0 ? name[(dot + 1)..] : name;
        var parameters = head.Skip(1).Where(p => p.Length > 0).Select(p =>
        {
            var equals = p.IndexOf('=', StringComparison.Ordinal);
            return equals < 0 ? ("TYPE", p.Trim()) : (p[..equals].Trim().ToUpperInvariant(), p[(equals + 1)..].Trim().Trim('"'));
        }).ToList();
        return new VCardProperty(group, name, parameters, line[(colon + 1)..]);
    }
}
