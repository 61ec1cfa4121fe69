using System.Net;
using System.Text;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Api;

/// <summary>POST /api/v1/imports/people with real contact files (the exchange tests' fixtures).</summary>
public abstract class ImportPeopleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static ByteArrayContent File(string name) =>
        new(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    private static Task<HttpResponseMessage> ImportAsync(HttpClient api, HttpContent body, bool dryRun = false) =>
        api.PostAsync($"/api/v1/imports/people{(dryRun ? "?dryRun=true" : string.Empty)}", body);

    [Fact]
    public async Task A_google_export_creates_people_with_their_organizations_details_and_everything_else_in_notes()
    {
        var me = await app.NewAccountAsync();

        var result = await (await ImportAsync(me.Api, File("csv/google-legacy.csv"))).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("google-csv", result.Text("format"));
        Assert.Equal((3, 0), (result["created"]!.GetValue<int>(), result["merged"]!.GetValue<int>()));
        var people = result["people"]!.AsArray();
        Assert.Equal(["Ricardo Salas", "Zoë Müller-Ibáñez", "Ana Quispe"], people.Select(p => p!.Text("name")));
        var ricardo = people[0]!;
        Assert.Equal("Acme Retail", ricardo.Text("organizationName"));
        Assert.Equal("Head of Operations", ricardo.Text("position"));
        Assert.Equal(3, ricardo["emails"]!.AsArray().Count);
        Assert.Equal("1975-06-02", ricardo.Text("birthday"));
        Assert.Contains("Imported:", ricardo.Text("notes"), StringComparison.Ordinal);
        Assert.Contains("Nickname: Rick", ricardo.Text("notes"), StringComparison.Ordinal);
        Assert.Contains("Address (work): Av. Larco 100", ricardo.Text("notes"), StringComparison.Ordinal);
        var history = await (await me.Api.GetAsync($"/api/v1/people/{ricardo.Id()}/history")).ReadAsync(HttpStatusCode.OK);
        var line = Assert.Single(history["items"]!.AsArray())!;
        Assert.Equal(("imported", "google-csv"), (line.Text("field"), line.Text("after")));
    }

    [Fact]
    public async Task What_lands_in_the_notes_is_labelled_in_the_importers_language_and_the_files_own_labels_stay_as_written()
    {
        var me = await app.NewAccountAsync("es");

        var result = await (await ImportAsync(me.Api, File("csv/google-legacy.csv"))).ReadAsync(HttpStatusCode.OK);

        var notes = result["people"]![0]!.Text("notes");
        Assert.Contains("Apodo: Rick", notes, StringComparison.Ordinal);
        Assert.Contains("Dirección (work): Av. Larco 100", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Nickname", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_creates_nobody_the_second_time_and_changes_nothing()
    {
        var me = await app.NewAccountAsync();
        (await ImportAsync(me.Api, File("ez-vcard/John_Doe_MS_OUTLOOK.vcf"))).EnsureSuccessStatusCode();
        var changesAfterFirst = await app.InWorkspaceAsync(me.WorkspaceId, db => db.Changes.CountAsync());
        var updatedAfterFirst = await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.Where(p => !p.IsMe).Select(p => p.UpdatedAt).SingleAsync());

        var second = await (await ImportAsync(me.Api, File("ez-vcard/John_Doe_MS_OUTLOOK.vcf"))).ReadAsync(HttpStatusCode.OK);

        Assert.Equal((0, 1), (second["created"]!.GetValue<int>(), second["merged"]!.GetValue<int>()));
        Assert.Equal(2, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync()));
        Assert.Equal(changesAfterFirst, await app.InWorkspaceAsync(me.WorkspaceId, db => db.Changes.CountAsync()));
        Assert.Equal(updatedAfterFirst, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.Where(p => !p.IsMe).Select(p => p.UpdatedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_contact_with_a_known_email_is_merged_into_that_person_filling_only_what_was_empty()
    {
        var me = await app.NewAccountAsync();
        var known = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "R. Salas", position = "Operations", email = "RSalas@acme.example", notes = "Mine." })).ReadAsync(HttpStatusCode.Created)).Id();

        var result = await (await ImportAsync(me.Api, File("csv/google-legacy.csv"))).ReadAsync(HttpStatusCode.OK);

        Assert.Equal((2, 1), (result["created"]!.GetValue<int>(), result["merged"]!.GetValue<int>()));
        var merged = await (await me.Api.GetAsync($"/api/v1/people/{known}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("R. Salas", merged.Text("name"));
        Assert.Equal("Operations", merged.Text("position"));
        Assert.Equal("RSalas@acme.example", merged.Text("email"));
        Assert.Equal(["RSalas@acme.example", "ricardo.salas@acme.example", "ricardo@home.example"], merged["emails"]!.AsArray().Select(e => e!.Text("value")));
        Assert.StartsWith("Mine.\n\nImported:", merged.Text("notes"), StringComparison.Ordinal);
        Assert.Equal(known.ToString(), result["people"]![0]!.Text("id"));
    }

    [Fact]
    public async Task A_dry_run_answers_the_same_counts_and_writes_nothing()
    {
        var me = await app.NewAccountAsync();

        var preview = await (await ImportAsync(me.Api, File("ez-vcard/John_Doe_ANDROID.vcf"), dryRun: true)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("vcard", preview.Text("format"));
        Assert.Equal(6, preview["created"]!.GetValue<int>() + preview["merged"]!.GetValue<int>());
        Assert.Empty(preview["people"]!.AsArray());
        Assert.Equal(1, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync()));
        Assert.Equal(0, await app.InWorkspaceAsync(me.WorkspaceId, db => db.Organizations.CountAsync()));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("id,amount\r\n1,2\r\n", "unknown-columns")]
    [InlineData("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Luis\r\n", "unterminated-card")]
    public async Task What_is_not_a_contacts_file_is_a_422_naming_the_formats_and_nothing_is_written(string body, string reason)
    {
        var me = await app.NewAccountAsync("es");

        var problem = await (await ImportAsync(me.Api, new StringContent(body, Encoding.UTF8, "text/plain"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(reason, problem.Text("reason"));
        Assert.Equal(["vcard", "google-csv", "outlook-csv", "linkedin-csv"], problem["formats"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Contains("Aliado lee archivos vCard", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(1, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_picture_is_refused_as_binary()
    {
        var me = await app.NewAccountAsync();
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);

        var problem = await (await ImportAsync(me.Api, new ByteArrayContent(bytes))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("binary", problem.Text("reason"));
    }

    [Fact]
    public async Task Another_workspace_with_the_same_email_is_never_merged_into_and_a_viewer_cannot_import()
    {
        var me = await app.NewAccountAsync();
        var other = await app.NewAccountAsync();
        var theirs = (await (await other.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo S.", email = "ricardo@home.example" })).ReadAsync(HttpStatusCode.Created)).Id();
        var viewer = await app.NewAccountAsync();
        var viewerApi = await app.JoinAsync(me, viewer, WorkspaceRole.Viewer);

        var result = await (await ImportAsync(me.Api, File("csv/google-legacy.csv"))).ReadAsync(HttpStatusCode.OK);
        var refused = await ImportAsync(viewerApi, File("csv/google-legacy.csv"));

        Assert.Equal(3, result["created"]!.GetValue<int>());
        var untouched = await (await other.Api.GetAsync($"/api/v1/people/{theirs}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Ricardo S.", untouched.Text("name"));
        Assert.Single(untouched["emails"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(4, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync()));
    }
}

public sealed class ImportPeopleOnSqlite(SqliteApp app) : ImportPeopleTests<SqliteApp>(app);

public sealed class ImportPeopleOnPostgres(PostgresApp app) : ImportPeopleTests<PostgresApp>(app);
