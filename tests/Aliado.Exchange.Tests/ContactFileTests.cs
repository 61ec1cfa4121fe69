using System.Text;
using Aliado.Exchange.Contacts;

namespace Aliado.Exchange.Tests;

public sealed class ContactFileTests
{
    private static readonly Encoding _latin1252 = CodePagesEncoding(1252);

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    [Theory]
    [InlineData("", ContactFileException.Empty)]
    [InlineData("  \r\n\r\n", ContactFileException.Empty)]
    [InlineData("id,amount,date\r\n1,20,2024-01-01\r\n", ContactFileException.UnknownColumns)]
    [InlineData("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n", ContactFileException.UnterminatedCard)]
    public void What_is_not_a_contacts_file_says_why(string content, string code)
    {
        var error = Assert.Throws<ContactFileException>(() => Fixture.Read(Encoding.UTF8.GetBytes(content)));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);

        Assert.Equal(ContactFileException.Binary, Assert.Throws<ContactFileException>(() => Fixture.Read(bytes)).Code);
    }

    [Fact]
    public void Vcard_charsets_escapes_folding_groups_and_odd_line_ends_are_read()
    {
        var card = new List<byte>();
        void Line(string text, Encoding? encoding = null, string end = "\r\n") => card.AddRange((encoding ?? Encoding.ASCII).GetBytes(text + end));
        Line("BEGIN:VCARD");
        Line("VERSION:2.1");
        card.AddRange(Encoding.ASCII.GetBytes("FN;CHARSET=windows-1252:"));
        Line("José Peña", _latin1252);
        card.AddRange(Encoding.ASCII.GetBytes("ORG;CHARSET=Shift_JIS:"));
        Line("株式会社サンプル", CodePagesEncoding(932));
        card.AddRange(Encoding.ASCII.GetBytes("TITLE;CHARSET=ISO-8859-2:"));
        Line("Łódź office", CodePagesEncoding(28592), end: "\r\r\n");
        Line("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Line one=0D=0ALine =");
        Line("two");
        Line("END:VCARD");
        Line("BEGIN:VCARD");
        Line("VERSION:3.0");
        Line("N:Ruiz;Elena;;;");
        Line("item1.EMAIL;TYPE=INTERNET:elena@example.com");
        Line("item1.X-ABLabel:_$!<Other>!$_");
        Line("ADR;TYPE=work:;;Calle Mayor 1\\, 2º;Madrid;;28013;Spain", _latin1252);
        Line("NOTE:Uses commas\\, semicolons\\; and\\nnew lines, folded ", end: "\n");
        Line(" across lines.", end: "\n");
        Line("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAYEBQYFBAYGBQYH");
        Line(" BwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/");
        Line("BDAY:--0315");
        Line("END:VCARD", end: "\r");

        var contacts = Fixture.Read([.. card]).Contacts;

        Assert.Equal("José Peña", contacts[0].DisplayName);
        Assert.Equal("株式会社サンプル", contacts[0].Organization);
        Assert.Equal("Łódź office", contacts[0].Title);
        Assert.Equal("Line one\r\nLine two", Assert.Single(contacts[0].Notes));
        Assert.Equal("Elena Ruiz", contacts[1].DisplayName);
        Assert.Equal("elena@example.com|Other", $"{contacts[1].Emails[0].Value}|{contacts[1].Emails[0].Label}");
        Assert.Equal("Calle Mayor 1, 2º, Madrid, 28013, Spain", contacts[1].Extra("Address (work)"));
        Assert.Equal("Uses commas, semicolons; and\nnew lines, folded across lines.", Assert.Single(contacts[1].Notes));
        Assert.Equal("--03-15", contacts[1].Birthday);
        Assert.DoesNotContain(contacts[1].Extras, e => e.Label.Contains("PHOTO", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_csv_in_windows_1252_without_a_bom_is_read_as_such()
    {
        var bytes = _latin1252.GetBytes("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nMaría,Núñez,,maria@example.com,Café Perú,Dueña,01 Feb 2020\r\n");

        var contact = Assert.Single(Fixture.Read(bytes).Contacts);

        Assert.Equal("María Núñez", contact.DisplayName);
        Assert.Equal("Café Perú", contact.Organization);
    }
}
