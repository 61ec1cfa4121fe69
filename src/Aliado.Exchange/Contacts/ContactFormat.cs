namespace Aliado.Exchange.Contacts;

/// <summary>The contacts files Aliado reads, told apart by their content, never by the file's name.</summary>
public enum ContactFormat
{
    VCard,
    GoogleCsv,
    OutlookCsv,
    LinkedInCsv,
}

public static class ContactFormats
{
    /// <summary>The format's name in the API ("vcard", "google-csv", "outlook-csv", "linkedin-csv").</summary>
    public static string Name(this ContactFormat format) => format switch
    {
        ContactFormat.VCard => "vcard",
        ContactFormat.GoogleCsv => "google-csv",
        ContactFormat.OutlookCsv => "outlook-csv",
        _ => "linkedin-csv",
    };

    public static readonly string[] All = ["vcard", "google-csv", "outlook-csv", "linkedin-csv"];
}
