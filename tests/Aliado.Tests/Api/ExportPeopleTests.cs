using System.Net;
using System.Text;
using Aliado.Exchange.Contacts;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class ExportPeopleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task The_vcard_export_reads_back_as_the_same_people_and_imports_into_another_workspace_whole()
    {
        var me = await app.NewAccountAsync();
        (await me.Api.PostJsonAsync("/api/v1/people", new
        {
            name = "Marta Ibáñez; CFO, Acme",
            emails = new[] { new { value = "marta@acme.example", label = "work" }, new { value = "marta@home.example", label = "home" } },
            phones = new[] { new { value = "+34 600 000 001", label = "mobile" } },
            birthday = "--03-15",
            notes = "Prefers mornings.\nNever on Fridays; ask her assistant, Lucía.",
        })).EnsureSuccessStatusCode();
        var other = await app.NewAccountAsync();
        (await other.Api.PostJsonAsync("/api/v1/people", new { name = "Not mine" })).EnsureSuccessStatusCode();

        var response = await me.Api.GetAsync("/api/v1/export/people.vcf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var cards = ContactFile.Open(stream).Contacts().ToList();
        var target = await app.NewAccountAsync();
        var imported = await (await target.Api.PostAsync("/api/v1/imports/people", new ByteArrayContent(bytes))).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(2, cards.Count);
        var marta = cards.Single(c => c.DisplayName!.StartsWith("Marta", StringComparison.Ordinal));
        Assert.Equal("Marta Ibáñez; CFO, Acme", marta.DisplayName);
        Assert.Equal(["marta@acme.example|work", "marta@home.example|home"], marta.Emails.Select(e => $"{e.Value}|{e.Label}"));
        Assert.Equal("+34 600 000 001|mobile", $"{marta.Phones[0].Value}|{marta.Phones[0].Label}");
        Assert.Equal("--03-15", marta.Birthday);
        Assert.Equal("Prefers mornings.\nNever on Fridays; ask her assistant, Lucía.", Assert.Single(marta.Notes));
        Assert.DoesNotContain(cards, c => c.DisplayName == "Not mine");
        Assert.Equal(2, imported["created"]!.GetValue<int>() + imported["merged"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_bom_one_row_per_person_and_formulas_defused()
    {
        var me = await app.NewAccountAsync();
        (await me.Api.PostJsonAsync("/api/v1/people", new { name = "=HYPERLINK(\"http://evil.example\",\"click\")", notes = "@SUM(A1:A2)" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Tomás, \"el jefe\"", phone = "+51 999 000 111" })).EnsureSuccessStatusCode();

        var response = await me.Api.GetAsync("/api/v1/export/people.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Id,Name,Organization,Position,Email,Emails,Phone,Phones", lines[0], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",", text, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1:A2),", text, StringComparison.Ordinal);
        Assert.Contains(",\"Tomás, \"\"el jefe\"\"\",", text, StringComparison.Ordinal);
        Assert.Contains(",'+51 999 000 111,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_people_and_account_pages_link_to_both_exports()
    {
        var me = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var (_, people) = await browser.GetAsync("/people");
        var (_, account) = await browser.GetAsync("/account");
        var (status, vcard) = await browser.GetAsync("/api/v1/export/people.vcf");

        foreach (var page in new[] { people, account })
        {
            Assert.Contains("href=\"/api/v1/export/people.vcf\"", page, StringComparison.Ordinal);
            Assert.Contains("href=\"/api/v1/export/people.csv\"", page, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("BEGIN:VCARD", vcard, StringComparison.Ordinal);
    }
}

public sealed class ExportPeopleOnSqlite(SqliteApp app) : ExportPeopleTests<SqliteApp>(app);

public sealed class ExportPeopleOnPostgres(PostgresApp app) : ExportPeopleTests<PostgresApp>(app);
