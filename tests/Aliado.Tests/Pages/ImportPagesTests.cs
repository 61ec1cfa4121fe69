using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Pages;

public abstract partial class ImportPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    [GeneratedRegex("name=\"PendingId\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex PendingId();

    [Fact]
    public async Task An_upload_shows_what_will_happen_and_nothing_is_saved_until_confirmed()
    {
        var me = await app.NewAccountAsync("es");
        (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Laura M.", email = "laura.mendez@example.com" })).EnsureSuccessStatusCode();
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var preview = await (await browser.UploadAsync("/people/import", "/people/import?handler=Preview", "Upload", "Connections.csv", Fixture("csv/linkedin.csv"))).BodyAsync(HttpStatusCode.OK);
        var before = await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync());
        var pending = PendingId().Match(preview).Groups[1].Value;
        var confirmed = await browser.SubmitAsync("/people/import", [new("PendingId", pending)], "/people/import?handler=Confirm");
        var (_, people) = await browser.GetAsync("/people");

        var text = WebUtility.HtmlDecode(preview);
        Assert.Contains("Leído como exportación de contactos de LinkedIn.", text, StringComparison.Ordinal);
        Assert.Contains("1 persona nueva", text, StringComparison.Ordinal);
        Assert.Contains("1 contacto que completa a alguien que ya está", text, StringComparison.Ordinal);
        Assert.Contains("Completa a Laura M.", text, StringComparison.Ordinal);
        Assert.Equal(2, before);
        Assert.Equal("/people", confirmed.Headers.Location!.OriginalString);
        Assert.Contains("Importación terminada. Personas nuevas: 1; completadas: 1; fuera: 0.", WebUtility.HtmlDecode(people), StringComparison.Ordinal);
        Assert.Equal(3, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync()));
        Assert.Equal(0, await app.InWorkspaceAsync(me.WorkspaceId, db => db.PendingImports.CountAsync()));
        var created = await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.Where(p => !p.IsMe && p.Name != "Laura M.").Select(p => p.Id).SingleAsync());
        var (_, history) = await browser.GetAsync($"/people/{created}/history");
        Assert.Contains("Importación desde LinkedIn CSV", WebUtility.HtmlDecode(history), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_contacts_is_explained_on_the_page_and_another_workspace_cannot_confirm_an_upload()
    {
        var me = await app.NewAccountAsync();
        var other = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var stranger = new FormClient(app);
        await stranger.SignInAsync(other.Email);

        var refused = await (await browser.UploadAsync("/people/import", "/people/import?handler=Preview", "Upload", "sales.csv", Encoding.UTF8.GetBytes("id,amount\n1,2\n"))).BodyAsync(HttpStatusCode.OK);
        var preview = await (await browser.UploadAsync("/people/import", "/people/import?handler=Preview", "Upload", "john.vcf", Fixture("ez-vcard/John_Doe_MS_OUTLOOK.vcf"))).BodyAsync(HttpStatusCode.OK);
        var pending = PendingId().Match(preview).Groups[1].Value;
        var stolen = await (await stranger.SubmitAsync("/people/import", [new("PendingId", pending)], "/people/import?handler=Confirm")).BodyAsync(HttpStatusCode.OK);

        Assert.Contains("Its columns are not those of a contacts export.", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        Assert.Contains("That upload is no longer here", WebUtility.HtmlDecode(stolen), StringComparison.Ordinal);
        Assert.Equal(1, await app.InWorkspaceAsync(other.WorkspaceId, db => db.People.CountAsync()));
        Assert.Equal(1, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_workspace_document_uploaded_on_the_page_lands_in_an_empty_workspace_and_its_errors_are_listed_by_place()
    {
        var source = await app.NewAccountAsync();
        var client = await (await source.Api.PostJsonAsync("/api/v1/people", new { name = "Elena Paredes" })).ReadAsync(HttpStatusCode.Created);
        (await source.Api.PostJsonAsync("/api/v1/relationships", new { clientId = client.Id() })).EnsureSuccessStatusCode();
        var document = await source.Api.GetStringAsync("/api/v1/export");
        var target = await app.NewAccountAsync("es");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(target.Email);

        var (_, account) = await browser.GetAsync("/account");
        var broken = await (await browser.UploadAsync("/workspace/import", "/workspace/import", "Upload", "aliado.json", Encoding.UTF8.GetBytes(document.Replace("\"internal\"", "\"sideways\"", StringComparison.Ordinal)))).BodyAsync(HttpStatusCode.OK);
        var done = await browser.UploadAsync("/workspace/import", "/workspace/import", "Upload", "aliado.json", Encoding.UTF8.GetBytes(document));
        var (_, home) = await browser.GetAsync("/");
        var (_, afterwards) = await browser.GetAsync("/workspace/import");

        Assert.Contains("href=\"/api/v1/export\"", account, StringComparison.Ordinal);
        Assert.Contains("href=\"/workspace/import\"", account, StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(broken);
        Assert.Contains("No se escribió nada", text, StringComparison.Ordinal);
        Assert.Contains("<code>relationships[0].kind</code>", text, StringComparison.Ordinal);
        Assert.Equal("/", done.Headers.Location!.OriginalString);
        Assert.Contains("Espacio de trabajo importado. Personas: 1; organizaciones: 0; relaciones: 1; lecciones: 0.", WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        Assert.Contains("ya tiene personas", WebUtility.HtmlDecode(afterwards), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Upload\"", afterwards, StringComparison.Ordinal);
        Assert.Equal(2, await app.InWorkspaceAsync(target.WorkspaceId, db => db.People.CountAsync()));
    }
}

public sealed class ImportPagesOnSqlite(SqliteApp app) : ImportPagesTests<SqliteApp>(app);

public sealed class ImportPagesOnPostgres(PostgresApp app) : ImportPagesTests<PostgresApp>(app);
