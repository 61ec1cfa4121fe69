using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Pages;

public abstract class TypologyPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task The_type_to_grow_toward_comes_first_and_open_and_the_others_show_their_name_until_opened()
    {
        var me = await app.NewAccountAsync();
        var types = (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK)).AsArray();
        var target = types.Single(t => t!["isTarget"]!.GetValue<bool>())!.Text("name");
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var (_, page) = await browser.GetAsync("/typology");
        var cards = System.Text.RegularExpressions.Regex.Matches(page, "<(section|details)[^>]*data-testid=\"client-type-card\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(types.Count, cards.Count);
        Assert.Equal("section", cards[0]);
        Assert.All(cards.Skip(1), tag => Assert.Equal("details", tag));
        Assert.True(page.IndexOf(System.Net.WebUtility.HtmlEncode(target), StringComparison.Ordinal) < page.IndexOf("<details", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_workspaces_types_lessons_and_assessments_stay_out_of_sight()
    {
        var me = await app.NewAccountAsync();
        var talker = (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK)).AsArray().Single(t => t!.Text("key") == "talker")!;
        (await me.Api.PutJsonAsync($"/api/v1/client-types/{talker.Id()}", new { name = "Confidential storyteller" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-client", whatHappened = "Confidential slip", whatWeLearned = "Be careful" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/people/{me.MeId}/assessments", new { traitIds = new[] { talker["traits"]![0]!.Id() }, notes = "Confidential note" })).EnsureSuccessStatusCode();
        var stranger = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(stranger.Email);

        var (status, _) = await browser.GetAsync($"/typology/{talker.Id()}/edit");
        var (_, typology) = await browser.GetAsync("/typology");
        var (_, lessons) = await browser.GetAsync("/lessons");
        var (personStatus, _) = await browser.GetAsync($"/people/{me.MeId}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.NotFound, personStatus);
        Assert.DoesNotContain("Confidential", typology, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential", lessons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_the_typology_but_cannot_change_it_or_assess()
    {
        var owner = await app.NewAccountAsync();
        var viewer = await app.NewAccountAsync();
        await app.JoinAsync(owner, viewer, WorkspaceRole.Viewer);
        var browser = new FormClient(app);
        await browser.SignInAsync(viewer.Email);
        await browser.SubmitAsync("/", [new("workspaceId", owner.WorkspaceId.ToString())], "/workspace/switch");

        var (status, page) = await browser.GetAsync("/typology");
        var reset = await browser.SubmitAsync("/", [], "/typology?handler=Reset");
        var assess = await browser.SubmitAsync("/", [], $"/people/{owner.MeId}?handler=Assess");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("handler=Reset", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (reset.StatusCode, assess.StatusCode));
    }

    [Fact]
    public async Task An_empty_assessment_and_a_lesson_without_text_are_explained_next_to_the_fields()
    {
        var me = await app.NewAccountAsync("es");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var assessment = await (await browser.SubmitAsync($"/people/{me.MeId}", [new("Assessment.Notes", "nada")], $"/people/{me.MeId}?handler=Assess")).BodyAsync(HttpStatusCode.OK);
        var lesson = await (await browser.SubmitAsync("/lessons", [new("Lesson.Role", "as-client"), new("Lesson.WhatHappened", " ")], "/lessons?handler=Record")).BodyAsync(HttpStatusCode.OK);

        Assert.Contains("Este dato es obligatorio.", assessment, StringComparison.Ordinal);
        Assert.Contains("Este dato es obligatorio.", lesson, StringComparison.Ordinal);
        Assert.Equal(0, (await (await me.Api.GetAsync("/api/v1/lessons")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_trait_is_retired_and_restored_on_the_edit_page_and_a_rename_keeps_the_other_language()
    {
        var me = await app.NewAccountAsync();
        var shy = (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK)).AsArray().Single(t => t!.Text("key") == "shy")!;
        var traits = shy["traits"]!.AsArray().Select(t => t!).ToList();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var url = $"/typology/{shy.Id()}/edit";
        List<KeyValuePair<string, string>> Fields(bool retireFirst)
        {
            var fields = new List<KeyValuePair<string, string>> { new("Input.Name", "The quiet one"), new("Input.Description", shy.Text("description")), new("Input.Guidance", shy.Text("guidance")) };
            for (var i = 0; i < traits.Count; i++)
            {
                fields.Add(new($"Input.Traits[{i}].Id", traits[i].Id().ToString()));
                fields.Add(new($"Input.Traits[{i}].Text", traits[i].Text("text")));
                if (i == 0 && retireFirst)
                {
                    fields.Add(new($"Input.Traits[{i}].Retire", "true"));
                }
            }
            return fields;
        }

        var retired = await browser.SubmitAsync(url, Fields(retireFirst: true), url);
        var afterRetire = (await (await me.Api.GetAsync($"/api/v1/client-types/{shy.Id()}")).ReadAsync(HttpStatusCode.OK))["traits"]!.AsArray();
        var restored = await browser.SubmitAsync(url, Fields(retireFirst: false), url);
        var spanish = await (await app.Client(me.Token, "es").GetAsync($"/api/v1/client-types/{shy.Id()}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (retired.StatusCode, restored.StatusCode));
        Assert.True(afterRetire.Single(t => t!.Id() == traits[0].Id())!["retired"]!.GetValue<bool>());
        Assert.All(spanish["traits"]!.AsArray(), t => Assert.False(t!["retired"]!.GetValue<bool>()));
        Assert.Equal("The quiet one", spanish.Text("name"));
        Assert.Equal("Se guarda su opinión, sobre todo en grupo; su silencio no significa acuerdo.", spanish.Text("description"));
        Assert.Equal("Habla poco en las reuniones de grupo.", spanish["traits"]![0]!.Text("text"));
    }
}

public sealed class TypologyPagesOnSqlite(SqliteApp app) : TypologyPagesTests<SqliteApp>(app);

public sealed class TypologyPagesOnPostgres(PostgresApp app) : TypologyPagesTests<PostgresApp>(app);
