using Aliado.Exchange.Contacts;

namespace Aliado.Exchange.Tests;

internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static (ContactFormat Format, List<Contact> Contacts) Read(string name) => Read(File.ReadAllBytes(PathOf(name)));

    public static (ContactFormat Format, List<Contact> Contacts) Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var file = ContactFile.Open(stream);
        return (file.Format, file.Contacts().ToList());
    }

    public static string Extra(this Contact contact, string label) =>
        contact.Extras.FirstOrDefault(e => e.Label == label).Value ?? string.Empty;
}
