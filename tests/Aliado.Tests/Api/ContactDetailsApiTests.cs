using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>What contacts carry: several e-mails, phones and links with labels, and a birthday.</summary>
public abstract class ContactDetailsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task A_person_keeps_several_labelled_emails_phones_and_links_and_the_first_of_each_stays_email_and_phone()
    {
        var me = await app.NewAccountAsync();

        var created = await (await me.Api.PostJsonAsync("/api/v1/people", new
        {
            name = "Marta Ibáñez",
            emails = new[] { new { value = "marta@acme.example", label = "work" }, new { value = "marta.i@home.example", label = "home" } },
            phones = new[] { new { value = "+34 600 000 001", label = "mobile" } },
            links = new[] { new { value = "https://www.linkedin.com/in/marta", label = "LinkedIn" } },
            birthday = "--03-15",
        })).ReadAsync(HttpStatusCode.Created);

        Assert.Equal("marta@acme.example", created.Text("email"));
        Assert.Equal("+34 600 000 001", created.Text("phone"));
        Assert.Equal(["marta@acme.example|work", "marta.i@home.example|home"], created["emails"]!.AsArray().Select(e => $"{e!.Text("value")}|{e!.Text("label")}"));
        Assert.Equal("LinkedIn", created["links"]![0]!.Text("label"));
        Assert.Equal("--03-15", created.Text("birthday"));
    }

    [Fact]
    public async Task A_client_that_only_knows_email_changes_the_first_and_keeps_the_rest()
    {
        var me = await app.NewAccountAsync();
        var id = (await (await me.Api.PostJsonAsync("/api/v1/people", new
        {
            name = "Tomás",
            emails = new[] { new { value = "tomas@old.example", label = "work" }, new { value = "tomas@home.example", label = "home" } },
            birthday = "1980-02-29",
        })).ReadAsync(HttpStatusCode.Created)).Id();

        var changed = await (await me.Api.PutJsonAsync($"/api/v1/people/{id}", new { name = "Tomás", email = "tomas@new.example" })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(["tomas@new.example", "tomas@home.example"], changed["emails"]!.AsArray().Select(e => e!.Text("value")));
        Assert.Equal("1980-02-29", changed.Text("birthday"));
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2026-02-30")]
    [InlineData("15/03/1980")]
    [InlineData("--13-01")]
    public async Task An_impossible_birthday_is_refused_saying_how_to_write_it(string birthday)
    {
        var me = await app.NewAccountAsync("es");

        var problem = await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ana", birthday })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Escribe el cumpleaños como 1980-03-15, o como --03-15 si no se sabe el año (años 1900 a 2100)."], problem.FieldErrors("birthday"));
    }

    [Fact]
    public async Task Bad_emails_phones_and_links_are_named_by_their_list()
    {
        var me = await app.NewAccountAsync();

        var problem = await (await me.Api.PostJsonAsync("/api/v1/people", new
        {
            name = "Ana",
            emails = new[] { new { value = "ana@example.com", label = "work" }, new { value = "not an email", label = "home" } },
            phones = new[] { new { value = " ", label = "mobile" } },
            links = Enumerable.Range(0, 21).Select(i => new { value = $"https://example.com/{i}", label = "site" }),
        })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(problem.FieldErrors("emails"));
        Assert.Equal(["This is required."], problem.FieldErrors("phones"));
        Assert.Single(problem.FieldErrors("links"));
        Assert.Equal(1, (await (await me.Api.GetAsync("/api/v1/people")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Adding_an_email_is_in_the_persons_history()
    {
        var me = await app.NewAccountAsync();
        var id = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Elena", email = "elena@example.com" })).ReadAsync(HttpStatusCode.Created)).Id();

        (await me.Api.PutJsonAsync($"/api/v1/people/{id}", new { name = "Elena", emails = new[] { new { value = "elena@example.com", label = (string?)null }, new { value = "elena@board.example", label = (string?)"board" } } })).EnsureSuccessStatusCode();
        var history = await (await me.Api.GetAsync($"/api/v1/people/{id}/history")).ReadAsync(HttpStatusCode.OK);

        var change = history["items"]!.AsArray().First(i => i!.Text("field") == "emails" && i!.Text("before").Length > 0)!;
        Assert.Equal("elena@example.com", change.Text("before"));
        Assert.Equal("elena@example.com, elena@board.example (board)", change.Text("after"));
    }
}

public sealed class ContactDetailsApiOnSqlite(SqliteApp app) : ContactDetailsApiTests<SqliteApp>(app);

public sealed class ContactDetailsApiOnPostgres(PostgresApp app) : ContactDetailsApiTests<PostgresApp>(app);
