using System.Net;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Pages;

public abstract class AccountPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static (string, string)[] SignUp(string email, string password = Account.Password, string? confirm = null) =>
        [("Input.DisplayName", "Laura Méndez"), ("Input.Email", email), ("Input.Password", password), ("Input.ConfirmPassword", confirm ?? password)];

    [Fact]
    public async Task Signing_up_opens_a_personal_workspace_with_me_in_it()
    {
        var browser = new FormClient(app);
        var email = $"laura-{Guid.NewGuid():N}@example.com";

        var response = await browser.SubmitAsync("/signup", SignUp(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, home) = await browser.GetAsync("/");
        Assert.Contains("data-testid=\"guided-start\"", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"getting-started\"", home, StringComparison.Ordinal);
        Assert.Contains("Welcome, Laura Méndez", System.Net.WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        var (_, people) = await browser.GetAsync("/people");
        Assert.Contains("Laura Méndez", System.Net.WebUtility.HtmlDecode(people), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_most_common_passwords_are_refused_at_sign_up_and_on_change()
    {
        var browser = new FormClient(app, "es");
        var email = $"x-{Guid.NewGuid():N}@example.com";

        var signUp = await (await browser.SubmitAsync("/signup", SignUp(email, "PASSWORD"))).BodyAsync(HttpStatusCode.OK);
        var account = await app.NewAccountAsync();
        var signedIn = new FormClient(app);
        await signedIn.SignInAsync(account.Email);
        var change = await (await signedIn.SubmitAsync("/account", [new("Password.Current", Account.Password), new("Password.New", "qwertyuiop"), new("Password.Confirm", "qwertyuiop")], "/account?handler=Password")).BodyAsync(HttpStatusCode.OK);

        Assert.Contains("Es una de las contraseñas más comunes", signUp, StringComparison.Ordinal);
        Assert.Contains("This is one of the most common passwords", change, StringComparison.Ordinal);
        Assert.True(Features.Accounts.CommonPasswords.IsCommon("12345678"));
        Assert.False(Features.Accounts.CommonPasswords.IsCommon("a long enough passphrase"));
        await new FormClient(app).SignInAsync(account.Email);
    }

    [Fact]
    public async Task Sign_up_mistakes_are_shown_next_to_each_field_in_spanish()
    {
        var browser = new FormClient(app, "es");
        var taken = (await app.NewAccountAsync()).Email;

        var mismatch = await (await browser.SubmitAsync("/signup", SignUp("no-es-correo", confirm: "otra cosa"))).BodyAsync(HttpStatusCode.OK);
        var tooShort = await (await browser.SubmitAsync("/signup", SignUp($"x-{Guid.NewGuid():N}@example.com", "corta"))).BodyAsync(HttpStatusCode.OK);
        var duplicate = await (await browser.SubmitAsync("/signup", SignUp(taken))).BodyAsync(HttpStatusCode.OK);

        Assert.Contains("Esto no parece una dirección de correo.", mismatch, StringComparison.Ordinal);
        Assert.Contains("Las dos contraseñas no coinciden.", mismatch, StringComparison.Ordinal);
        Assert.Contains("Usa al menos 8 caracteres.", tooShort, StringComparison.Ordinal);
        Assert.Contains("No pudimos crear una cuenta con este correo.", duplicate, StringComparison.Ordinal);
        Assert.DoesNotContain("Ya existe", duplicate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_passphrases_and_unusual_but_real_addresses_are_welcome()
    {
        var browser = new FormClient(app);

        var response = await browser.SubmitAsync("/signup", SignUp($"o'brien.josé-{Guid.NewGuid():N}@example.com", "all lowercase words are fine when the phrase is long enough to resist guessing"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_for_a_while()
    {
        var account = await app.NewAccountAsync();
        var browser = new FormClient(app);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await (await browser.SubmitAsync("/signin", ("Input.Email", account.Email), ("Input.Password", "wrong password!"))).BodyAsync(HttpStatusCode.OK);
            Assert.Contains(attempt < 4 ? "do not match an account" : "locked", wrong, StringComparison.Ordinal);
        }
        var right = await (await browser.SubmitAsync("/signin", ("Input.Email", account.Email), ("Input.Password", Account.Password))).BodyAsync(HttpStatusCode.OK);

        Assert.Contains("locked for a few minutes", right, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_email_on_sign_in_is_explained_not_looked_up()
    {
        var browser = new FormClient(app, "es");

        var page = await (await browser.SubmitAsync("/signin", ("Input.Email", "ana\u0001@example.com"), ("Input.Password", "whatever it is"))).BodyAsync(HttpStatusCode.OK);
        var nul = await (await browser.SubmitAsync("/signin", ("Input.Email", "ana\0@example.com"), ("Input.Password", "whatever it is"))).BodyAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Esto no parece una dirección de correo.", page, StringComparison.Ordinal);
        Assert.Contains("No se pudo leer esa solicitud", nul, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_every_session_of_the_account_at_once()
    {
        var account = await app.NewAccountAsync();
        var laptop = new FormClient(app);
        await laptop.SignInAsync(account.Email);
        var phone = new FormClient(app);
        await phone.SignInAsync(account.Email);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/account")).Status);

        var signedOut = await laptop.SubmitAsync("/account", [], "/signout");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/account")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task The_password_can_be_changed()
    {
        var account = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(account.Email);
        var otherSession = new FormClient(app);
        await otherSession.SignInAsync(account.Email);

        var wrongCurrent = await (await browser.SubmitAsync("/account", [new("Password.Current", "not it at all"), new("Password.New", "a brand new passphrase"), new("Password.Confirm", "a brand new passphrase")], "/account?handler=Password")).BodyAsync(HttpStatusCode.OK);
        var changed = await browser.SubmitAsync("/account", [new("Password.Current", Account.Password), new("Password.New", "a brand new passphrase"), new("Password.Confirm", "a brand new passphrase")], "/account?handler=Password");

        Assert.Contains("The current password is not right.", wrongCurrent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await otherSession.GetAsync("/account")).Status);
        await new FormClient(app).SignInAsync(account.Email, "a brand new passphrase");
    }

    [Fact]
    public async Task A_token_made_on_the_account_page_is_shown_once_works_and_can_be_revoked()
    {
        var account = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(account.Email);

        var page = await (await browser.SubmitAsync("/account", [new("tokenName", "my script")], "/account?handler=Token")).BodyAsync(HttpStatusCode.OK);
        var secret = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"new-token\">(aliado_[^<]+)<").Groups[1].Value;
        (await app.Client(secret).GetAsync("/api/v1/me")).EnsureSuccessStatusCode();
        var (_, again) = await browser.GetAsync("/account");
        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);

        var tokenId = await app.InWorkspaceAsync(account.WorkspaceId, db => db.ApiTokens.Where(t => t.Name == "my script").Select(t => t.Id).SingleAsync());
        await browser.SubmitAsync("/account", [new("tokenId", tokenId.ToString())], "/account?handler=Revoke");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task The_language_switch_is_remembered_and_saved_on_the_account()
    {
        var account = await app.NewAccountAsync("en");
        var browser = new FormClient(app, "en");
        await browser.SignInAsync(account.Email);

        await browser.SubmitAsync("/", [new("culture", "es"), new("returnUrl", "/people")], "/culture");
        var (_, people) = await browser.GetAsync("/people");

        Assert.Contains("<html lang=\"es\">", people, StringComparison.Ordinal);
        Assert.Contains("Agregar una persona", System.Net.WebUtility.HtmlDecode(people), StringComparison.Ordinal);
        Assert.Equal("es", await app.InWorkspaceAsync(account.WorkspaceId, db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.PreferredCulture).SingleAsync()));
    }

    [Fact]
    public async Task Try_the_demo_signs_in_to_a_populated_workspace()
    {
        var browser = new FormClient(app, "es");

        var response = await browser.SubmitAsync("/", [], "/demo");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, people) = await browser.GetAsync("/people?q=ricardo");
        Assert.Contains("Ricardo Salas", System.Net.WebUtility.HtmlDecode(people), StringComparison.Ordinal);
        var home = System.Net.WebUtility.HtmlDecode((await browser.GetAsync("/")).Html);
        Assert.Contains("data-testid=\"portfolio\"", home, StringComparison.Ordinal);
        Assert.Contains("Marta Ibáñez", home, StringComparison.Ordinal);
    }
}

public sealed class AccountPagesOnSqlite(SqliteApp app) : AccountPagesTests<SqliteApp>(app);

public sealed class AccountPagesOnPostgres(PostgresApp app) : AccountPagesTests<PostgresApp>(app);
