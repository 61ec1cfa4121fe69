using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Pages;

public abstract class GuidedStartTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task A_new_account_lands_on_three_questions_that_open_a_first_relationship_with_its_verdict()
    {
        var me = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var (_, home) = await browser.GetAsync("/");
        var answered = await browser.SubmitAsync("/", [new("Input.ClientName", "Ricardo Salas"), new("Input.Position", "Head of Operations"), new("Input.Kind", "internal"), new("Input.TheyWant", "Solve the recurring incidents"), new("Input.IWant", "Grow into a team lead role")], "/start");
        var relationships = (await (await me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray();
        var (_, page) = await browser.GetAsync(answered.Headers.Location!.ToString());
        var (_, after) = await browser.GetAsync("/");

        Assert.Contains("data-testid=\"guided-start\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"agenda\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.EndsWith("#step-5", answered.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("Ricardo Salas", relationships.Single()!.Text("clientName"));
        var interests = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationships.Single()!.Id()}/interests")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal(["client:Solve the recurring incidents", "provider:Grow into a team lead role"], interests.Select(i => $"{i!.Text("holder")}:{i!.Text("description")}").Order(StringComparer.Ordinal));
        Assert.Contains("Your first relationship is open. Verdict:", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"guided-start\"", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"agenda\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_answers_are_explained_at_the_top_and_next_to_each_field_and_nothing_is_written()
    {
        var me = await app.NewAccountAsync("es");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var failed = await (await browser.SubmitAsync("/start", [new("Input.ClientName", "  "), new("Input.Kind", "sideways"), new("Input.TheyWant", "Cerrar la auditoría"), new("Input.IWant", "")])).BodyAsync(HttpStatusCode.OK);
        var people = (await (await me.Api.GetAsync("/api/v1/people")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();
        var relationships = (await (await me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();

        Assert.Contains("data-testid=\"error-summary\"", failed, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_ClientName-error\"", failed, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_IWant-error\"", failed, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", failed, StringComparison.Ordinal);
        Assert.Contains("Cerrar la auditoría", WebUtility.HtmlDecode(failed), StringComparison.Ordinal);
        Assert.Contains("El valor “sideways” no es válido aquí.", WebUtility.HtmlDecode(failed), StringComparison.Ordinal);
        Assert.Equal(1, people);
        Assert.Equal(0, relationships);
    }
}

public sealed class GuidedStartOnSqlite(SqliteApp app) : GuidedStartTests<SqliteApp>(app);

public sealed class GuidedStartOnPostgres(PostgresApp app) : GuidedStartTests<PostgresApp>(app);
