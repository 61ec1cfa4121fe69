using System.Net;
using System.Text.Json.Nodes;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class SearchApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task One_search_finds_every_kind_of_record_ignoring_case_and_accents_and_links_each_to_its_place()
    {
        var demo = await app.NewDemoAccountAsync("es");

        var report = await SearchAsync(demo, "REPORTE semanal");
        var audit = await SearchAsync(demo, "auditoria");
        var elena = await SearchAsync(demo, "paredes");
        var byEmail = await SearchAsync(demo, "elena.paredes@grupoandino.example");

        Assert.Equal(["interest", "lesson", "offering", "person", "proposal"], Kinds(report));
        Assert.Equal(report["items"]!.AsArray().Count, report["total"]!.GetValue<int>());
        Assert.All(report["items"]!.AsArray().Where(i => i!.Text("kind") is not ("lesson" or "person")), item => Assert.StartsWith("/relationships/", item!.Text("url"), StringComparison.Ordinal));
        var interest = report["items"]!.AsArray().First(i => i!.Text("kind") == "interest")!;
        Assert.Equal("Automatizar el reporte semanal", interest.Text("title"));
        Assert.EndsWith($"#interest-{interest.Text("id")}", interest.Text("url"), StringComparison.Ordinal);
        Assert.Equal("Diego Ferrer", interest.Text("context"));
        var lesson = report["items"]!.AsArray().First(i => i!.Text("kind") == "lesson")!;
        Assert.StartsWith("/lessons?q=", lesson.Text("url"), StringComparison.Ordinal);
        Assert.Contains("reporte semanal", lesson.Text("snippet") + " " + lesson.Text("title"), StringComparison.Ordinal);

        Assert.Equal(["conversation", "offering", "proposal"], Kinds(audit));
        var conversation = audit["items"]!.AsArray().First(i => i!.Text("kind") == "conversation")!;
        Assert.StartsWith("Conversación del ", conversation.Text("title"), StringComparison.Ordinal);
        Assert.Contains("auditoría", conversation.Text("snippet"), StringComparison.Ordinal);

        Assert.Equal(["person", "relationship"], Kinds(elena));
        Assert.Equal($"/people/{elena["items"]!.AsArray().First(i => i!.Text("kind") == "person")!.Text("id")}", elena["items"]!.AsArray().First(i => i!.Text("kind") == "person")!.Text("url"));
        Assert.Equal(["Elena Paredes"], byEmail["items"]!.AsArray().Select(i => i!.Text("title")).ToList());
    }

    [Fact]
    public async Task Kinds_narrow_a_search_and_a_bad_kind_or_an_overlong_query_is_a_problem_in_the_callers_language()
    {
        var demo = await app.NewDemoAccountAsync();

        var onlyLessons = await SearchAsync(demo, "weekly report", "kinds=lessons");
        var twoKinds = await SearchAsync(demo, "weekly report", "kinds=interest,offering");
        var nothing = await SearchAsync(demo, "   ");
        var badKind = await (await demo.Api.GetAsync("/api/v1/search?q=report&kinds=planets")).ProblemAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await demo.Api.GetAsync($"/api/v1/search?q={new string('a', 201)}")).ProblemAsync(HttpStatusCode.BadRequest);
        var spanish = app.Client(demo.Token, "es");
        var badKindEs = await (await spanish.GetAsync("/api/v1/search?q=report&kinds=planetas")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["lesson"], Kinds(onlyLessons));
        Assert.Equal(["interest", "offering"], Kinds(twoKinds));
        Assert.Equal(0, nothing["total"]!.GetValue<int>());
        Assert.Empty(nothing["items"]!.AsArray());
        Assert.Contains("person", badKind.FieldErrors("kinds").Single(), StringComparison.Ordinal);
        Assert.Contains("200", tooLong.FieldErrors("q").Single(), StringComparison.Ordinal);
        Assert.StartsWith("Usa uno de estos valores", badKindEs.FieldErrors("kinds").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_finds_another_workspaces_records_and_a_deleted_record_is_no_longer_found()
    {
        var mine = await app.NewAccountAsync();
        var stranger = await app.NewAccountAsync();
        var created = await (await mine.Api.PostJsonAsync("/api/v1/people", new { name = "Ximena Zúñiga", notes = "Le preocupa la auditoría." })).ReadAsync(HttpStatusCode.Created);

        var found = await SearchAsync(mine, "zuniga");
        var theirs = await SearchAsync(stranger, "zuniga");
        (await mine.Api.DeleteAsync($"/api/v1/people/{created.Id()}")).EnsureSuccessStatusCode();
        var afterDelete = await SearchAsync(mine, "zuniga");

        Assert.Equal(["Ximena Zúñiga"], found["items"]!.AsArray().Select(i => i!.Text("title")).ToList());
        Assert.Contains("auditoría", found["items"]![0]!.Text("snippet"), StringComparison.Ordinal);
        Assert.Equal(0, theirs["total"]!.GetValue<int>());
        Assert.Equal(0, afterDelete["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_search_costs_the_same_statements_for_two_relationships_or_twenty()
    {
        var me = await app.NewAccountAsync();
        async Task<int> CountAsync()
        {
            (await me.Api.GetAsync("/api/v1/search?q=quintana")).EnsureSuccessStatusCode();
            app.Queries.Reset();
            (await me.Api.GetAsync("/api/v1/search?q=quintana")).EnsureSuccessStatusCode();
            return app.Queries.Count;
        }
        async Task AddAsync(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var client = await (await me.Api.PostJsonAsync("/api/v1/people", new { name = $"Cliente {i} Quintana" })).ReadAsync(HttpStatusCode.Created);
                var relationship = await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = client.Id() })).ReadAsync(HttpStatusCode.Created);
                (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship.Id()}/interests", new { holder = "client", description = $"Quintana wants thing {i}", importance = 3 })).EnsureSuccessStatusCode();
            }
        }

        await AddAsync(0, 2);
        var few = await CountAsync();
        await AddAsync(2, 20);
        var many = await CountAsync();

        Assert.Equal(2, (await SearchAsync(me, "cliente 12"))["total"]!.GetValue<int>());
        Assert.Equal(60, (await SearchAsync(me, "quintana"))["total"]!.GetValue<int>());
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task The_search_page_says_when_its_address_names_an_unknown_kind_and_searches_every_kind()
    {
        var demo = await app.NewDemoAccountAsync("es");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(demo.Email);

        var (status, page) = await browser.GetAsync("/search?q=reporte&kinds=planetas");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"search-kinds-error\">Usa uno de estos valores", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"search-group-interest\"", page, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> SearchAsync(Account account, string q, string extra = "") =>
        await (await account.Api.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&{extra}")).ReadAsync(HttpStatusCode.OK);

    private static List<string> Kinds(JsonNode result) =>
        [.. result["items"]!.AsArray().Select(i => i!.Text("kind")).Distinct().Order(StringComparer.Ordinal)];
}

public sealed class SearchApiOnSqlite(SqliteApp app) : SearchApiTests<SqliteApp>(app);

public sealed class SearchApiOnPostgres(PostgresApp app) : SearchApiTests<PostgresApp>(app);
