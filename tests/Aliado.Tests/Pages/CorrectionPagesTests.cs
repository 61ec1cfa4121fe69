using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Pages;

/// <summary>Everything recorded in a relationship can be put right or deleted on the web, not only through the API.</summary>
public abstract class CorrectionPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<(Guid Relationship, Guid ClientInterest)> RelationshipAsync(Account me)
    {
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var clientInterest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Calm quarter", importance = 4 })).ReadAsync(HttpStatusCode.Created)).Id();
        await me.Api.AlignAsync(relationship, clientInterest);
        return (relationship, clientInterest);
    }

    [Fact]
    public async Task A_conversation_and_a_pulse_are_corrected_and_deleted_on_their_pages()
    {
        var me = await app.NewAccountAsync("es");
        var (relationship, _) = await RelationshipAsync(me);
        var conversation = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { channel = "call", summary = "Llamada corta" })).ReadAsync(HttpStatusCode.Created)).Id();
        var pulse = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 2, gettingWhatTheyBuy = 3 })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var (_, details) = await browser.GetAsync($"/relationships/{relationship}");
        var bad = await (await browser.SubmitAsync($"/conversations/{conversation}/edit", ("Interaction.Channel", "meeting"), ("Interaction.Summary", ""))).BodyAsync(HttpStatusCode.OK);
        var saved = await browser.SubmitAsync($"/conversations/{conversation}/edit", ("Interaction.Channel", "meeting"), ("Interaction.Summary", "Reunión de planificación"));
        var pulseSaved = await browser.SubmitAsync($"/pulses/{pulse}/edit", ("Pulse.OnTheirSide", "4"), ("Pulse.GettingWhatTheyBuy", "5"), ("Pulse.Credibility", "7"));
        var said = System.Net.WebUtility.HtmlDecode((await browser.GetAsync($"/relationships/{relationship}")).Html);
        var pulseDeleted = await browser.SubmitAsync($"/pulses/{pulse}/edit", [], $"/pulses/{pulse}/edit?handler=Delete");

        Assert.Contains($"/conversations/{conversation}/edit", details, StringComparison.Ordinal);
        Assert.Contains($"/pulses/{pulse}/edit", details, StringComparison.Ordinal);
        Assert.Contains("Este dato es obligatorio.", bad, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-summary\"", bad, StringComparison.Ordinal);
        Assert.Matches("Pulso del [^<]+ guardado; salud: ", said);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await (await me.Api.GetAsync($"/api/v1/interactions/{conversation}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(("Reunión de planificación", "meeting"), (after.Text("summary"), after.Text("channel")));
        Assert.Equal(HttpStatusCode.Redirect, pulseSaved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, pulseDeleted.StatusCode);
        await (await me.Api.GetAsync($"/api/v1/pulses/{pulse}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains((await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray(), e => e!.Text("kind") == "pulse");
    }

    [Fact]
    public async Task A_recorded_answer_is_corrected_on_the_proposal_page_and_a_coincidence_relinked()
    {
        var me = await app.NewAccountAsync();
        var (relationship, clientInterest) = await RelationshipAsync(me);
        var proposal = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = "Monthly dashboard", interestIds = new[] { clientInterest } })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/proposals/{proposal}/answer", new { answer = "accepted" })).EnsureSuccessStatusCode();
        var coincidence = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/coincidences")).ReadAsync(HttpStatusCode.OK))["items"]![0]!;
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var corrected = await browser.SubmitAsync($"/proposals/{proposal}/edit", [new("Answer.Answer", "declined"), new("Answer.Reaction", "considered"), new("Answer.Behind", "Budget freeze")], $"/proposals/{proposal}/edit?handler=Answer");
        var relinked = await browser.SubmitAsync($"/coincidences/{coincidence.Id()}/edit", ("Link.ProviderInterestId", coincidence.Text("providerInterestId")), ("Link.ClientInterestId", clientInterest.ToString()), ("Link.Strength", "partial"));

        Assert.True(corrected.StatusCode == HttpStatusCode.Redirect, await corrected.Content.ReadAsStringAsync());
        var answered = await (await me.Api.GetAsync($"/api/v1/proposals/{proposal}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(("declined", "Budget freeze"), (answered.Text("answer"), answered.Text("behind")));
        Assert.Equal(HttpStatusCode.Redirect, relinked.StatusCode);
        Assert.Equal("partial", (await (await me.Api.GetAsync($"/api/v1/coincidences/{coincidence.Id()}")).ReadAsync(HttpStatusCode.OK)).Text("strength"));

        var takenBack = await me.Api.PutJsonAsync($"/api/v1/proposals/{proposal}/answer", new { answer = "pending" });
        Assert.Equal("pending", (await takenBack.ReadAsync(HttpStatusCode.OK)).Text("answer"));
    }

    [Fact]
    public async Task Assessments_are_listed_with_their_notes_and_can_be_corrected_and_deleted()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var types = await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK);
        var traits = types.AsArray().SelectMany(t => t!["traits"]!.AsArray()).Select(t => t!.Id()).Take(3).ToArray();
        var assessment = (await (await me.Api.PostJsonAsync($"/api/v1/people/{boss}/assessments", new { traitIds = traits[..2], notes = "Interrupts in meetings" })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var (_, person) = await browser.GetAsync($"/people/{boss}");
        var edited = await browser.SubmitAsync($"/assessments/{assessment}/edit", [new("Assessment.TraitIds", traits[2].ToString()), new("Assessment.Notes", "Listens more since March")]);
        var after = await (await me.Api.GetAsync($"/api/v1/assessments/{assessment}")).ReadAsync(HttpStatusCode.OK);
        var deleted = await browser.SubmitAsync($"/assessments/{assessment}/edit", [], $"/assessments/{assessment}/edit?handler=Delete");

        Assert.Contains("Interrupts in meetings", WebUtility.HtmlDecode(person), StringComparison.Ordinal);
        Assert.Contains($"/assessments/{assessment}/edit", person, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Listens more since March", after.Text("notes"));
        Assert.Equal([traits[2]], after["traitIds"]!.AsArray().Select(t => t!.GetValue<Guid>()));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await (await me.Api.GetAsync($"/api/v1/assessments/{assessment}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_clients_own_pulse_cannot_be_rewritten_and_another_workspace_cannot_open_the_pages()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _) = await RelationshipAsync(me);
        var conversation = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { channel = "call", summary = "Private talk" })).ReadAsync(HttpStatusCode.Created)).Id();
        var link = new Uri((await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/check-ins", new { culture = "en" })).ReadAsync(HttpStatusCode.Created)).Text("url")).AbsolutePath;
        Assert.Equal(HttpStatusCode.Redirect, (await new FormClient(app).SubmitAsync(link, ("Input.OnMySide", "2"), ("Input.GettingWhatIBuy", "2"), ("Input.Comment", "Too slow"))).StatusCode);
        var clientPulse = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/pulses")).ReadAsync(HttpStatusCode.OK))["items"]![0]!;
        var stranger = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(stranger.Email);

        var rewrite = await me.Api.PutJsonAsync($"/api/v1/pulses/{clientPulse.Id()}", new { onTheirSide = 5, gettingWhatTheyBuy = 5 });
        var (status, _) = await browser.GetAsync($"/conversations/{conversation}/edit");

        Assert.Equal("client", clientPulse.Text("source"));
        Assert.Contains("client's own answer", (await rewrite.ProblemAsync(HttpStatusCode.Conflict)).Text("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, status);
        await (await stranger.Api.PutJsonAsync($"/api/v1/interactions/{conversation}", new { channel = "call", summary = "Hijacked" })).ProblemAsync(HttpStatusCode.NotFound);
    }
    [Fact]
    public async Task A_lesson_is_corrected_and_deleted_on_its_page()
    {
        var me = await app.NewAccountAsync();
        var lesson = (await (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-provider", whatHappened = "Late report", whatWeLearned = "Ask first" })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var (_, list) = await browser.GetAsync("/lessons");
        var empty = await (await browser.SubmitAsync($"/lessons/{lesson}/edit", ("Lesson.Role", "as-provider"), ("Lesson.WhatHappened", "Late report"), ("Lesson.WhatWeLearned", ""))).BodyAsync(HttpStatusCode.OK);
        var saved = await browser.SubmitAsync($"/lessons/{lesson}/edit", ("Lesson.Role", "as-provider"), ("Lesson.WhatHappened", "Late report"), ("Lesson.WhatWeLearned", "Ask the data team before promising a date"));
        var after = await (await me.Api.GetAsync($"/api/v1/lessons/{lesson}")).ReadAsync(HttpStatusCode.OK);
        var deleted = await browser.SubmitAsync($"/lessons/{lesson}/edit", [], $"/lessons/{lesson}/edit?handler=Delete");

        Assert.Contains($"/lessons/{lesson}/edit", list, StringComparison.Ordinal);
        Assert.Contains("This is required.", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Ask the data team before promising a date", after.Text("whatWeLearned"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await (await me.Api.GetAsync($"/api/v1/lessons/{lesson}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_standing_interest_saved_over_a_change_made_meanwhile_keeps_my_input_and_errors_show_on_its_row()
    {
        var me = await app.NewAccountAsync();
        var standing = (await (await me.Api.PostJsonAsync("/api/v1/standing-interests", new { description = "Learn operations", importance = 3 })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var (_, page) = await browser.GetAsync("/standing-interests");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var action = $"/standing-interests?handler=Update&standingId={standing}";

        (await me.Api.PutJsonAsync($"/api/v1/standing-interests/{standing}", new { description = "Learn finance", importance = 5 })).EnsureSuccessStatusCode();
        var stale = await browser.SubmitAsync("/standing-interests", [new("Description", "Learn logistics"), new("Importance", "2"), new("Version", version)], action);
        var blank = await browser.SubmitAsync("/standing-interests", [new("Description", " "), new("Importance", "2")], action);

        var staleHtml = WebUtility.HtmlDecode(await stale.BodyAsync(HttpStatusCode.OK));
        Assert.Contains("Someone saved changes to this while you were editing.", staleHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Learn logistics\"", staleHtml, StringComparison.Ordinal);
        Assert.Contains("“Learn operations” → “Learn finance”", staleHtml, StringComparison.Ordinal);
        var stored = (await (await me.Api.GetAsync("/api/v1/standing-interests")).ReadAsync(HttpStatusCode.OK))[0]!;
        Assert.Equal("Learn finance", stored.Text("description"));
        var blankHtml = await blank.BodyAsync(HttpStatusCode.OK);
        Assert.Contains($"id=\"Description-{standing}-error\"", blankHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Description-new-error\"", blankHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_type_saved_over_a_change_made_meanwhile_keeps_my_input_and_shows_the_new_trait()
    {
        var me = await app.NewAccountAsync();
        var type = (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK))[0]!;
        var id = type.Id();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var (_, page) = await browser.GetAsync($"/typology/{id}/edit");
        var tag = System.Text.RegularExpressions.Regex.Match(page, "name=\"Tag\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        var traits = type["traits"]!.AsArray().Select(t => new { id = t!.Id(), text = t!.Text("text") }).ToList();

        (await me.Api.PutJsonAsync($"/api/v1/client-types/{id}", new { traits = traits.Append(new { id = Guid.Empty, text = "Asks for a written plan" }).Select(t => t.id == Guid.Empty ? (object)new { text = t.text } : t) })).EnsureSuccessStatusCode();
        var fields = new List<KeyValuePair<string, string>> { new("Input.Name", "My own name"), new("Tag", tag) };
        fields.AddRange(traits.SelectMany((t, i) => new KeyValuePair<string, string>[] { new($"Input.Traits[{i}].Id", t.id.ToString()), new($"Input.Traits[{i}].Text", t.text) }));
        var stale = await browser.SubmitAsync($"/typology/{id}/edit", fields);

        var html = WebUtility.HtmlDecode(await stale.BodyAsync(HttpStatusCode.OK));
        Assert.Contains("Someone saved changes to this while you were editing.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"My own name\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Asks for a written plan\"", html, StringComparison.Ordinal);
        var stored = (await (await me.Api.GetAsync($"/api/v1/client-types/{id}")).ReadAsync(HttpStatusCode.OK));
        Assert.Equal(type.Text("name"), stored.Text("name"));
    }
}

public sealed class CorrectionPagesOnSqlite(SqliteApp app) : CorrectionPagesTests<SqliteApp>(app);

public sealed class CorrectionPagesOnPostgres(PostgresApp app) : CorrectionPagesTests<PostgresApp>(app);
