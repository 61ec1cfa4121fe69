using Sylvan.Data.Csv;

namespace Aliado.Exchange.Contacts;

/// <summary>Google (current and older layout), Outlook and LinkedIn CSV exports: their columns mapped to a contact, the rest kept as extras.</summary>
internal static class CsvContacts
{
    private const string GoogleSeparator = ":::";

    private static readonly (string Column, string Label)[] _outlookPhones =
    [
        ("Mobile Phone", "mobile"), ("Business Phone", "work"), ("Business Phone 2", "work"), ("Home Phone", "home"), ("Home Phone 2", "home"),
        ("Primary Phone", "main"), ("Company Main Phone", "company"), ("Other Phone", "other"), ("Business Fax", "work fax"),
        ("Home Fax", "home fax"), ("Other Fax", "fax"), ("Pager", "pager"), ("Car Phone", "car"), ("Assistant's Phone", "assistant"),
        ("Callback", "callback"), ("Radio Phone", "radio"), ("TTY/TDD Phone", "TTY/TDD"), ("ISDN", "ISDN"), ("Telex", "telex"),
    ];

    /// <summary>Outlook fills columns nobody set with these; they are not data.</summary>
    private static readonly Dictionary<string, string> _outlookDefaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Priority"] = "Normal",
        ["Sensitivity"] = "Normal",
        ["Private"] = "False",
        ["Gender"] = "Unspecified",
        ["Birthday"] = "0/0/00",
        ["Anniversary"] = "0/0/00",
        ["E-mail Type"] = "SMTP",
        ["E-mail 2 Type"] = "SMTP",
        ["E-mail 3 Type"] = "SMTP",
    };

    private static readonly string[] _googleAddressParts = ["Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address"];
    private static readonly string[] _googleLabelled = ["Custom Field", "Relation", "Event", "IM", "External ID"];
    private static readonly string[] _outlookAddressParts = ["Street", "Street 2", "Street 3", "City", "State", "Postal Code", "Country/Region"];
    private static readonly string[] _outlookAddresses = ["Business", "Home", "Other"];
    private static readonly string[] _outlookEmails = ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"];
    private static readonly string[] _outlookEmailNames = ["E-mail Display Name", "E-mail 2 Display Name", "E-mail 3 Display Name"];

    private static readonly string[] _headerMarks = ["First Name", "Given Name", "Name", "E-mail Address", "Email Address", "E-mail 1 - Value"];

    /// <summary>The format the header row names, or null when it is not a contacts export we know.</summary>
    public static ContactFormat? Recognise(IReadOnlyCollection<string> headers)
    {
        bool Has(string column) => headers.Contains(column, StringComparer.OrdinalIgnoreCase);
        if (Has("First Name") && Has("Connected On"))
        {
            return ContactFormat.LinkedInCsv;
        }
        if (Has("E-mail 1 - Value") || Has("Given Name") || (Has("First Name") && (Has("Organization Name") || Has("Labels") || Has("E-mail 1 - Label"))))
        {
            return ContactFormat.GoogleCsv;
        }
        if (Has("First Name") && (Has("E-mail Address") || Has("Job Title") || Has("Company")))
        {
            return ContactFormat.OutlookCsv;
        }
        return null;
    }

    /// <summary>How many lines come before the header row (LinkedIn writes a "Notes:" preamble).</summary>
    public static int PreambleLines(TextReader reader)
    {
        for (var index = 0; index < 10 && reader.ReadLine() is { } line; index++)
        {
            var cells = line.Split(',').Select(c => c.Trim().Trim('"'));
            if (cells.Any(c => _headerMarks.Contains(c, StringComparer.OrdinalIgnoreCase)))
            {
                return index;
            }
        }
        return 0;
    }

    public static CsvDataReader Open(TextReader reader, int preamble)
    {
        for (var i = 0; i < preamble; i++)
        {
            reader.ReadLine();
        }
        return CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 64 * 1024, MaxBufferSize = 16 * 1024 * 1024 });
    }

    public static IEnumerable<Contact> Read(CsvDataReader csv, ContactFormat format)
    {
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
        var record = 0;
        while (csv.Read())
        {
            var row = new Row(headers, csv);
            if (row.IsEmpty)
            {
                continue;
            }
            var contact = new Contact { Record = ++record };
            switch (format)
            {
                case ContactFormat.GoogleCsv:
                    Google(row, contact);
                    break;
                case ContactFormat.OutlookCsv:
                    Outlook(row, contact);
                    break;
                default:
                    LinkedIn(row, contact);
                    break;
            }
            foreach (var (column, value) in row.Unused())
            {
                contact.AddExtra(column, value);
            }
            yield return contact;
        }
    }

    private static void Google(Row row, Contact contact)
    {
        contact.FormattedName = row.Take("Name") ?? row.Take("File As");
        contact.GivenName = row.Take("Given Name") ?? row.Take("First Name");
        contact.MiddleName = row.Take("Additional Name") ?? row.Take("Middle Name");
        contact.FamilyName = row.Take("Family Name") ?? row.Take("Last Name");
        contact.Organization = row.Take("Organization 1 - Name") ?? row.Take("Organization Name");
        contact.Title = row.Take("Organization 1 - Title") ?? row.Take("Organization Title");
        contact.AddExtra("Department", row.Take("Organization 1 - Department") ?? row.Take("Organization Department"));
        contact.SetBirthday(row.Take("Birthday"), "Birthday");
        contact.AddNote(row.Take("Notes"));
        contact.AddExtra("Nickname", row.Take("Nickname"));
        contact.AddExtra("Labels", Labels(row.Take("Group Membership") ?? row.Take("Labels")));
        row.Take("Photo");
        row.Take("Organization 1 - Type");
        for (var n = 1; row.Has($"E-mail {n} - Value"); n++)
        {
            var label = Label(row.Take($"E-mail {n} - Type") ?? row.Take($"E-mail {n} - Label"));
            foreach (var value in Many(row.Take($"E-mail {n} - Value")))
            {
                contact.AddEmail(value, label);
            }
        }
        for (var n = 1; row.Has($"Phone {n} - Value"); n++)
        {
            var label = Label(row.Take($"Phone {n} - Type") ?? row.Take($"Phone {n} - Label"));
            foreach (var value in Many(row.Take($"Phone {n} - Value")))
            {
                contact.AddPhone(value, label);
            }
        }
        for (var n = 1; row.Has($"Website {n} - Value"); n++)
        {
            var label = Label(row.Take($"Website {n} - Type") ?? row.Take($"Website {n} - Label"));
            foreach (var value in Many(row.Take($"Website {n} - Value")))
            {
                contact.AddLink(value, label);
            }
        }
        for (var n = 1; row.Has($"Address {n} - Formatted"); n++)
        {
            var label = Label(row.Take($"Address {n} - Type") ?? row.Take($"Address {n} - Label"));
            var parts = _googleAddressParts.Select(p => row.Take($"Address {n} - {p}")).ToList();
            var formatted = row.Take($"Address {n} - Formatted") ?? string.Join(", ", parts.Where(p => p is not null));
            contact.AddExtra(label is null ? "Address" : $"Address ({label})", formatted);
        }
        foreach (var kind in _googleLabelled)
        {
            for (var n = 1; row.Has($"{kind} {n} - Value"); n++)
            {
                var label = Label(row.Take($"{kind} {n} - Type") ?? row.Take($"{kind} {n} - Label"));
                contact.AddExtra(label is null ? kind : $"{kind} ({label})", string.Join(", ", Many(row.Take($"{kind} {n} - Value"))));
            }
        }
    }

    private static void Outlook(Row row, Contact contact)
    {
        foreach (var (column, value) in _outlookDefaults)
        {
            row.TakeIf(column, value);
        }
        contact.GivenName = row.Take("First Name");
        contact.MiddleName = row.Take("Middle Name");
        contact.FamilyName = row.Take("Last Name");
        contact.Organization = row.Take("Company");
        contact.Title = row.Take("Job Title");
        contact.AddExtra("Department", row.Take("Department"));
        contact.SetBirthday(row.Take("Birthday"), "Birthday");
        contact.AddNote(row.Take("Notes"));
        contact.AddLink(row.Take("Web Page"), null);
        foreach (var column in _outlookEmails)
        {
            contact.AddEmail(row.Take(column), null);
        }
        foreach (var column in _outlookEmailNames)
        {
            row.Take(column);
        }
        foreach (var (column, label) in _outlookPhones)
        {
            contact.AddPhone(row.Take(column), label);
        }
        foreach (var kind in _outlookAddresses)
        {
            var parts = _outlookAddressParts.Select(p => row.Take($"{kind} {p}")).Append(row.Take($"{kind} Address PO Box"));
            contact.AddExtra($"Address ({kind.ToLowerInvariant()})", string.Join(", ", parts.Where(p => p is not null)));
        }
    }

    private static void LinkedIn(Row row, Contact contact)
    {
        contact.GivenName = row.Take("First Name");
        contact.FamilyName = row.Take("Last Name");
        contact.AddEmail(row.Take("Email Address"), null);
        contact.Organization = row.Take("Company");
        contact.Title = row.Take("Position");
        contact.AddLink(row.Take("URL"), "LinkedIn");
        contact.AddExtra("Connected on", row.Take("Connected On"));
    }

    private static string[] Many(string? cell) =>
        cell is null ? [] : cell.Split(GoogleSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Google marks its own types with "* " ("* Work"); the star is not part of the label.</summary>
    private static string? Label(string? type) => Contact.Clean(type?.TrimStart('*'))?.ToLowerInvariant();

    private static string? Labels(string? cell) =>
        Contact.Clean(string.Join(", ", Many(cell).Select(l => l.TrimStart('*').Trim()).Where(l => !l.Equals("myContacts", StringComparison.OrdinalIgnoreCase))));

    /// <summary>One data row; columns are taken as they are mapped, and what no mapping took is kept as an extra.</summary>
    private sealed class Row
    {
        private readonly Dictionary<string, string> _cells = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _order = [];
        private readonly HashSet<string> _headers = new(StringComparer.OrdinalIgnoreCase);

        public Row(List<string> headers, CsvDataReader csv)
        {
            for (var i = 0; i < headers.Count && i < csv.RowFieldCount; i++)
            {
                _headers.Add(headers[i]);
                if (Contact.Clean(csv.GetString(i)) is { } value && _cells.TryAdd(headers[i], value))
                {
                    _order.Add(headers[i]);
                }
            }
            foreach (var header in headers)
            {
                _headers.Add(header);
            }
        }

        public bool IsEmpty => _cells.Count == 0;

        public bool Has(string column) => _headers.Contains(column);

        public string? Take(string column) => _cells.Remove(column, out var value) ? value : null;

        public void TakeIf(string column, string value)
        {
            if (_cells.TryGetValue(column, out var cell) && cell.Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                _cells.Remove(column);
            }
        }

        public IEnumerable<(string Column, string Value)> Unused() => _order.Where(_cells.ContainsKey).Select(c => (c, _cells[c]));
    }
}
