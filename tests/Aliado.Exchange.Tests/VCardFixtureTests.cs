using Aliado.Exchange.Contacts;

namespace Aliado.Exchange.Tests;

/// <summary>Real exports from real programs (Fixtures/ez-vcard, see its README).</summary>
public sealed class VCardFixtureTests
{
    [Theory]
    [InlineData("ez-vcard/John_Doe_ANDROID.vcf", 6)]
    [InlineData("ez-vcard/John_Doe_BLACK_BERRY.vcf", 1)]
    [InlineData("ez-vcard/John_Doe_EVOLUTION.vcf", 1)]
    [InlineData("ez-vcard/John_Doe_GMAIL.vcf", 1)]
    [InlineData("ez-vcard/John_Doe_IPHONE.vcf", 1)]
    [InlineData("ez-vcard/John_Doe_LOTUS_NOTES.vcf", 1)]
    [InlineData("ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf", 1)]
    [InlineData("ez-vcard/John_Doe_MS_OUTLOOK.vcf", 1)]
    [InlineData("ez-vcard/fullcontact.vcf", 1)]
    [InlineData("ez-vcard/gmail-list.vcf", 3)]
    [InlineData("ez-vcard/gmail-single.vcf", 1)]
    [InlineData("ez-vcard/gmail-single2.vcf", 1)]
    [InlineData("ez-vcard/outlook-2003.vcf", 1)]
    [InlineData("ez-vcard/outlook-2007.vcf", 1)]
    [InlineData("ez-vcard/rfc2426-example.vcf", 2)]
    [InlineData("ez-vcard/rfc6350-example.vcf", 1)]
    [InlineData("ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf", 1)]
    public void Every_export_reads_as_vcard_with_a_name_for_every_card(string file, int cards)
    {
        var (format, contacts) = Fixture.Read(file);

        Assert.Equal(ContactFormat.VCard, format);
        Assert.Equal(cards, contacts.Count);
        Assert.All(contacts, c => Assert.False(string.IsNullOrWhiteSpace(c.DisplayName), $"card {c.Record} has no name"));
        Assert.Equal(Enumerable.Range(1, cards), contacts.Select(c => c.Record));
        // Photos and sounds are passed over, and no quoted-printable escape is left undecoded.
        Assert.All(contacts.SelectMany(c => c.Extras), e => Assert.True(e.Value.Length < 1500 && !e.Value.Contains("=0D=0A", StringComparison.Ordinal), $"{e.Label}: {e.Value[..Math.Min(60, e.Value.Length)]}"));
    }

    [Fact]
    public void Outlook_2_1_gives_name_organization_title_phones_birthday_and_keeps_the_rest_while_skipping_the_photo()
    {
        var john = Assert.Single(Fixture.Read("ez-vcard/John_Doe_MS_OUTLOOK.vcf").Contacts);

        Assert.Equal("Mr. John Richter James Doe Sr.", john.DisplayName);
        Assert.Equal("IBM", john.Organization);
        Assert.Equal("Money Counter", john.Title);
        Assert.Equal("Accounting", john.Extra("Department"));
        Assert.Equal(["(905) 555-1234|work", "(905) 666-1234|home"], john.Phones.Select(p => $"{p.Value}|{p.Label}"));
        Assert.Equal("john.doe@ibm.cm", Assert.Single(john.Emails).Value);
        Assert.Equal("1980-03-22", john.Birthday);
        Assert.Equal("http://www.ibm.com", Assert.Single(john.Links).Value);
        Assert.Equal("Johny", john.Extra("Nickname"));
        Assert.Contains("Cresent moon drive", john.Extra("Address (work)"), StringComparison.Ordinal);
        Assert.Equal("Big Blue", john.Extra("MS-MANAGER"));
        Assert.StartsWith("THIS SOFTWARE IS PROVIDED", Assert.Single(john.Notes), StringComparison.Ordinal);
        Assert.DoesNotContain(john.Extras, e => e.Value.Contains("/9j/", StringComparison.Ordinal));
    }

    [Fact]
    public void Android_quoted_printable_with_soft_line_breaks_decodes_as_utf8()
    {
        var contacts = Fixture.Read("ez-vcard/John_Doe_ANDROID.vcf").Contacts;

        Assert.Equal("john.doe@company.com", contacts[0].DisplayName);
        Assert.Equal("Ñ Ñ Ñ Ñ Ñ", contacts[2].FormattedName);
        Assert.Equal("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", contacts[3].FormattedName);
        Assert.Equal(["123456", "234567", "3456789", "45678901"], contacts[3].Phones.Select(p => p.Value));
    }

    [Fact]
    public void Apple_item_groups_give_their_labels_to_links_and_emails()
    {
        var john = Assert.Single(Fixture.Read("ez-vcard/John_Doe_IPHONE.vcf").Contacts);

        Assert.NotEmpty(john.Emails);
        Assert.Contains(john.Links, l => l.Label is { Length: > 0 } && !l.Label.Contains("_$!<", StringComparison.Ordinal));
    }

    [Fact]
    public void Vcard_4_reads_name_parts_and_escaped_values()
    {
        var contact = Assert.Single(Fixture.Read("ez-vcard/rfc6350-example.vcf").Contacts);

        Assert.False(string.IsNullOrWhiteSpace(contact.DisplayName));
        Assert.DoesNotContain(contact.Extras, e => e.Value.Contains("\\,", StringComparison.Ordinal) || e.Value.Contains("\\;", StringComparison.Ordinal));
    }
}
