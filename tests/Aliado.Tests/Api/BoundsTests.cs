using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>Bad input that used to slip through: dates from year 1, and page numbers that overflow.</summary>
public abstract class BoundsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task Dates_outside_1900_to_2100_are_refused_per_field_in_the_callers_language()
    {
        var me = await app.NewAccountAsync("es");
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();

        var talk = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { summary = "Old", occurredAt = "0001-01-01T00:00:00Z" })).ProblemAsync(HttpStatusCode.BadRequest);
        var pulse = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 3, gettingWhatTheyBuy = 3, takenAt = "1899-12-31T00:00:00Z" })).ProblemAsync(HttpStatusCode.BadRequest);
        var lesson = await (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-provider", whatHappened = "x", whatWeLearned = "y", learnedAt = "0001-01-01T00:00:00Z" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Usa una fecha entre 1900 y 2100."], talk.FieldErrors("occurredAt"));
        Assert.Single(pulse.FieldErrors("takenAt"));
        Assert.Single(lesson.FieldErrors("learnedAt"));
        Assert.Equal(0, (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/interactions")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_largest_page_number_answers_an_empty_page_not_an_error()
    {
        var me = await app.NewAccountAsync();

        foreach (var url in new[] { "/api/v1/people?page=2147483647", "/api/v1/relationships?page=2147483647&pageSize=100", "/api/v1/dashboard?page=2147483647", "/api/v1/lessons?page=2147483647" })
        {
            var list = await (await me.Api.GetAsync(url)).ReadAsync(HttpStatusCode.OK);
            var items = list["items"] ?? list["portfolio"]!["items"];
            Assert.Empty(items!.AsArray());
        }
    }
}

public sealed class BoundsOnSqlite(SqliteApp app) : BoundsTests<SqliteApp>(app);

public sealed class BoundsOnPostgres(PostgresApp app) : BoundsTests<PostgresApp>(app);
