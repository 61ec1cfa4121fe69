using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Pages;

public abstract class KeepingPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task A_person_deleted_on_the_page_is_listed_in_the_trash_and_restored_from_it()
    {
        var me = await app.NewAccountAsync("es");
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Marta Ibáñez" })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var deleted = await browser.SubmitAsync($"/people/{person}/delete");
        var (_, trash) = await browser.GetAsync("/trash");
        var entry = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]![0]!.Id();
        var restored = await browser.SubmitAsync("/trash", [], $"/trash?handler=Restore&entryId={entry}");
        var (status, page) = await browser.GetAsync($"/people/{person}");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Marta Ibáñez", WebUtility.HtmlDecode(trash), StringComparison.Ordinal);
        Assert.Contains("Persona", WebUtility.HtmlDecode(trash), StringComparison.Ordinal);
        Assert.Equal($"/people/{person}", restored.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Marta Ibáñez volvió a su lugar.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_interest_names_what_goes_with_it_and_restoring_brings_all_of_it_back()
    {
        var me = await app.NewAccountAsync();
        var client = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = client })).ReadAsync(HttpStatusCode.Created)).Id();
        var theirs = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Calm audits", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        var mine = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "provider", description = "Learn operations", importance = 4 })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/coincidences", new { providerInterestId = mine, clientInterestId = theirs, strength = "full" })).EnsureSuccessStatusCode();
        var offering = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "Audit checklist", clientBuys = "yes", servesInterestIds = new[] { theirs } })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var (_, relationshipPage) = await browser.GetAsync($"/relationships/{relationship}");
        var (_, confirm) = await browser.GetAsync($"/interests/{theirs}/edit");
        var deleted = await browser.SubmitAsync($"/interests/{theirs}/edit", [], $"/interests/{theirs}/edit?handler=Delete");
        var coincidencesWhileDeleted = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/coincidences")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray().Count;
        var entry = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]![0]!.Id();
        (await me.Api.PostAsync($"/api/v1/trash/{entry}/restore", null)).EnsureSuccessStatusCode();

        Assert.Contains($"href=\"/interests/{theirs}/edit#delete\"", relationshipPage, StringComparison.Ordinal);
        Assert.Contains("Deleting the interest “Calm audits” moves it to the trash together with 1 coincidence, the link to 1 offering.", WebUtility.HtmlDecode(confirm), StringComparison.Ordinal);
        Assert.Equal($"/relationships/{relationship}#step-2", deleted.Headers.Location!.OriginalString);
        Assert.Equal(0, coincidencesWhileDeleted);
        Assert.Single((await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/coincidences")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray());
        var served = (await (await me.Api.GetAsync($"/api/v1/offerings/{offering}")).ReadAsync(HttpStatusCode.OK))["servesInterestIds"]!.AsArray();
        Assert.Equal(theirs.ToString(), Assert.Single(served)!.GetValue<string>());
    }

    [Fact]
    public async Task Deleting_an_offering_with_nothing_tied_to_it_says_so_in_spanish()
    {
        var me = await app.NewAccountAsync("es");
        var client = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Marta" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = client })).ReadAsync(HttpStatusCode.Created)).Id();
        var offering = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "Informe mensual", clientBuys = "unknown" })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var (_, confirm) = await browser.GetAsync($"/offerings/{offering}/edit");
        var deleted = await browser.SubmitAsync($"/offerings/{offering}/edit", [], $"/offerings/{offering}/edit?handler=Delete");
        var (gone, _) = await browser.GetAsync($"/offerings/{offering}/edit");

        Assert.Contains("Al eliminar la oferta «Informe mensual», pasa a la papelera; no tiene nada más vinculado.", WebUtility.HtmlDecode(confirm), StringComparison.Ordinal);
        Assert.Equal($"/relationships/{relationship}#step-4", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }

    [Fact]
    public async Task Deleting_forever_asks_first_naming_the_record_and_a_viewer_sees_no_buttons()
    {
        var me = await app.NewAccountAsync();
        var organization = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Acme Retail" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.DeleteAsync($"/api/v1/organizations/{organization}")).EnsureSuccessStatusCode();
        var entry = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]![0]!.Id();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var (_, confirm) = await browser.GetAsync($"/trash?confirm={entry}");
        Assert.Contains("Acme Retail and everything that went to the trash with it will be deleted for good.", WebUtility.HtmlDecode(confirm), StringComparison.Ordinal);
        await browser.SubmitAsync($"/trash?confirm={entry}", [], $"/trash?handler=Purge&entryId={entry}");

        Assert.Equal(0, (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_history_pages_show_each_change_in_the_readers_language()
    {
        var me = await app.NewAccountAsync("es");
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Elena", socialStyle = "driver" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PutJsonAsync($"/api/v1/people/{person}", new { name = "Elena", socialStyle = "analytical" })).EnsureSuccessStatusCode();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = person })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Quiet quarters", importance = 4 })).EnsureSuccessStatusCode();
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var (_, personHistory) = await browser.GetAsync($"/people/{person}/history");
        var (_, relationshipHistory) = await browser.GetAsync($"/relationships/{relationship}/history");
        var (missing, _) = await browser.GetAsync($"/people/{Guid.NewGuid()}/history");

        var text = WebUtility.HtmlDecode(personHistory);
        Assert.Contains("Historial de Elena", text, StringComparison.Ordinal);
        Assert.Contains("Estilo social: “Impulsor” → “Analítico”", text, StringComparison.Ordinal);
        Assert.Contains("Descripción quedó en “Quiet quarters”", WebUtility.HtmlDecode(relationshipHistory), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }
    [Fact]
    public async Task A_form_saved_after_someone_else_saved_keeps_my_input_and_shows_what_changed()
    {
        var me = await app.NewAccountAsync("es");
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Elena", position = "Gerente" })).ReadAsync(HttpStatusCode.Created)).Id();
        var version = (await me.Api.GetAsync($"/api/v1/people/{person}")).Headers.ETag!.Tag.Trim('"');
        var mine = new FormClient(app, "es");
        await mine.SignInAsync(me.Email);
        var send = await mine.HoldFormAsync($"/people/edit/{person}");

        (await me.Api.PutJsonAsync($"/api/v1/people/{person}", new { name = "Elena", position = "Directora" })).EnsureSuccessStatusCode();
        var stale = await send([new("Input.Name", "Elena Ruiz"), new("Input.Position", "Gerente"), new("Input.SocialStyle", "unknown"), new("Version", version)]);
        var html = WebUtility.HtmlDecode(await stale.BodyAsync(HttpStatusCode.OK));
        var saved = await (await me.Api.GetAsync($"/api/v1/people/{person}")).ReadAsync(HttpStatusCode.OK);

        Assert.Contains("Alguien guardó cambios en esto mientras lo editabas.", html, StringComparison.Ordinal);
        Assert.Contains("Cargo: “Gerente” → “Directora”", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Elena Ruiz\"", html, StringComparison.Ordinal);
        Assert.Equal(("Elena", "Directora"), (saved.Text("name"), saved.Text("position")));

        var newVersion = System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var again = await send([new("Input.Name", "Elena Ruiz"), new("Input.Position", "Directora"), new("Input.SocialStyle", "unknown"), new("Version", newVersion)]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Elena Ruiz", (await (await me.Api.GetAsync($"/api/v1/people/{person}")).ReadAsync(HttpStatusCode.OK)).Text("name"));
    }
    [Fact]
    public async Task After_a_password_change_the_page_offers_to_revoke_every_api_token_and_does()
    {
        var me = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var changed = await browser.SubmitAsync("/account", [new("Password.Current", Account.Password), new("Password.New", "a fresh and longer passphrase"), new("Password.Confirm", "a fresh and longer passphrase")], "/account?handler=Password");
        var (_, offer) = await browser.GetAsync("/account");
        var (_, later) = await browser.GetAsync("/account");
        var stillWorks = await me.Api.GetAsync("/api/v1/people");
        await browser.GetAsync("/account");
        var revoked = await browser.SubmitAsync("/account", [], "/account?handler=RevokeAllTokens");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your API token is not tied to your password and still works.", WebUtility.HtmlDecode(offer), StringComparison.Ordinal);
        Assert.DoesNotContain("revoke-all-tokens", later, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await me.Api.GetAsync("/api/v1/people")).StatusCode);
    }
}

public sealed class KeepingPagesOnSqlite(SqliteApp app) : KeepingPagesTests<SqliteApp>(app);

public sealed class KeepingPagesOnPostgres(PostgresApp app) : KeepingPagesTests<PostgresApp>(app);
