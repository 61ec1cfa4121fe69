using System.Text;
using Aliado.Exchange.Contacts;

namespace Aliado.Exchange.Tests;

/// <summary>CSV exports in the column layouts of Google (both), Outlook and LinkedIn (Fixtures/csv, see its README).</summary>
public sealed class CsvFixtureTests
{
    [Fact]
    public void Google_older_layout_splits_multiple_values_keeps_quoted_line_breaks_and_the_rest_as_extras()
    {
        var (format, contacts) = Fixture.Read("csv/google-legacy.csv");

        Assert.Equal(ContactFormat.GoogleCsv, format);
        Assert.Equal(3, contacts.Count);
        var ricardo = contacts[0];
        Assert.Equal("Ricardo Salas", ricardo.DisplayName);
        Assert.Equal(["ricardo.salas@acme.example|work", "rsalas@acme.example|work", "ricardo@home.example|home"], ricardo.Emails.Select(e => $"{e.Value}|{e.Label}"));
        Assert.Equal("Acme Retail", ricardo.Organization);
        Assert.Equal("Head of Operations", ricardo.Title);
        Assert.Equal("1975-06-02", ricardo.Birthday);
        Assert.Equal("Met at the supplier day.\nPrefers short summaries, in writing.", Assert.Single(ricardo.Notes));
        Assert.Equal("Av. Larco 100\nMiraflores, Lima", ricardo.Extra("Address (work)"));
        Assert.Equal("Clients", ricardo.Extra("Labels"));
        Assert.Equal("Rick", ricardo.Extra("Nickname"));
        Assert.Equal("Zoë Müller-Ibáñez", contacts[1].DisplayName);
        Assert.Equal("--12-24", contacts[1].Birthday);
        Assert.Equal("Café Ñandú, S.L.", contacts[1].Organization);
        Assert.Equal("Ana Quispe", contacts[2].DisplayName);
        Assert.Equal("Andean music", contacts[2].Extra("Hobby"));
    }

    [Fact]
    public void Google_current_layout_reads_labels_custom_fields_and_quotes()
    {
        var (format, contacts) = Fixture.Read("csv/google.csv");

        Assert.Equal(ContactFormat.GoogleCsv, format);
        Assert.Equal("Marta Ibáñez", contacts[0].DisplayName);
        Assert.Equal(["+34 600 000 001|mobile", "+34 910 000 002|work"], contacts[0].Phones.Select(p => $"{p.Value}|{p.Label}"));
        Assert.Equal("Lucía", contacts[0].Extra("Custom Field (assistant)"));
        Assert.Equal("Tomás José Ruiz", contacts[1].DisplayName);
        Assert.Equal("Quotes \"exactly\", commas, and\nline breaks survive.", Assert.Single(contacts[1].Notes));
    }

    [Fact]
    public void Outlook_in_windows_1252_reads_accents_drops_its_default_values_and_reads_us_dates()
    {
        var (format, contacts) = Fixture.Read("csv/outlook.csv");

        Assert.Equal(ContactFormat.OutlookCsv, format);
        var jose = contacts[0];
        Assert.Equal("José Peña", jose.DisplayName);
        Assert.Equal("Logística Andina", jose.Organization);
        Assert.Equal("1980-03-22", jose.Birthday);
        Assert.Equal(["jose.pena@andina.example", "jpena@correo.example"], jose.Emails.Select(e => e.Value));
        Assert.Equal(["+51 984 000 010|mobile", "+51 84 555 010|work"], jose.Phones.Select(p => $"{p.Value}|{p.Label}"));
        Assert.Equal("Calle Real 12, Cusco, Perú", jose.Extra("Address (business)"));
        Assert.Equal("Sr.", jose.Extra("Title"));
        Assert.DoesNotContain(jose.Extras, e => e.Value is "Normal" or "False" or "0/0/00" or "Unspecified" or "SMTP");
        Assert.Null(contacts[1].Birthday);
    }

    [Fact]
    public void LinkedIn_skips_its_notes_preamble_and_reads_connections()
    {
        var (format, contacts) = Fixture.Read("csv/linkedin.csv");

        Assert.Equal(ContactFormat.LinkedInCsv, format);
        Assert.Equal(["Laura Méndez", "Diego Torres"], contacts.Select(c => c.DisplayName));
        Assert.Equal("https://www.linkedin.com/in/laura-mendez|LinkedIn", $"{contacts[0].Links[0].Value}|{contacts[0].Links[0].Label}");
        Assert.Equal("Torres, Vega & Asociados", contacts[1].Organization);
        Assert.Empty(contacts[1].Emails);
        Assert.Equal("05 Jan 2019", contacts[1].Extra("Connected on"));
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16be", false)]
    [InlineData("utf-8", true)]
    public void The_same_file_in_utf16_or_with_a_bom_reads_the_same(string encoding, bool bom)
    {
        var text = File.ReadAllText(Fixture.PathOf("csv/google.csv"), Encoding.UTF8);
        var target = Encoding.GetEncoding(encoding);
        var bytes = (bom ? target.GetPreamble() : []).Concat(target.GetBytes(text)).ToArray();

        var (format, contacts) = Fixture.Read(bytes);

        Assert.Equal(ContactFormat.GoogleCsv, format);
        Assert.Equal(["Marta Ibáñez", "Tomás José Ruiz"], contacts.Select(c => c.DisplayName));
    }
}
