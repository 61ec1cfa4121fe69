using System.Diagnostics;
using System.Net;
using Aliado.Cli;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Cli;

/// <summary>How the command line starts: which words it takes, what it reads, and that only migrate changes the schema.</summary>
public sealed class CommandLineHostTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(Dictionary<string, string?> settings, string[] args, string? input = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input ?? string.Empty);
        var exit = await AdminCommands.RunAsync(args, output, error, settings, reader);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The app's data folder, once the app has started and made its schema.</summary>
    private Dictionary<string, string?> AppFolder
    {
        get
        {
            _ = app.Services;
            return new() { ["ALIADO_DATA_DIR"] = app.DataDirectory };
        }
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:8080" }, false)]
    [InlineData(new[] { "--Database:Provider=postgres" }, false)]
    [InlineData(new[] { "migrate" }, true)]
    [InlineData(new[] { "--Database:Provider=postgres", "migrate" }, true)]
    [InlineData(new[] { "--version" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "serve" }, true)]
    public void A_word_means_the_command_line_and_no_word_or_a_web_switch_means_the_web_app(string[] args, bool commandLine) =>
        Assert.Equal(commandLine, AdminCommands.Handles(args));

    [Fact]
    public async Task An_unknown_word_is_an_error_with_help_and_never_starts_the_server()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "aliado.dll"), "frobnicate"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ALIADO_DATA_DIR"] = app.DataDirectory;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "an unknown word started the web server");
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("'frobnicate'", await error, StringComparison.Ordinal);
        Assert.Contains("migrate", await output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version_of_this_build()
    {
        var (exit, output, _) = await RunAsync(AppFolder, ["--version"]);

        Assert.Equal(0, exit);
        var expected = typeof(AdminCommands).Assembly.GetName().Version!;
        Assert.StartsWith($"{expected.Major}.{expected.Minor}.{expected.Build}", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_read_from_standard_input_opens_an_account_that_signs_in()
    {
        var email = $"stdin-{Guid.NewGuid():N}@example.com";

        var added = await RunAsync(AppFolder, ["user", "add", email, "--password-stdin", "--name", "Inés"], "piped in passphrase\n");
        var both = await RunAsync(AppFolder, ["user", "add", $"x-{email}", "--password", "another passphrase", "--password-stdin"], "piped\n");
        var neither = await RunAsync(AppFolder, ["user", "add", $"y-{email}"]);

        Assert.Equal((0, string.Empty), (added.Exit, added.Error));
        var browser = new FormClient(app);
        await browser.SignInAsync(email, "piped in passphrase");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/people")).Status);
        Assert.Equal(1, both.Exit);
        Assert.Contains("--password-stdin", both.Error, StringComparison.Ordinal);
        Assert.Equal(1, neither.Exit);
        Assert.Contains("Give the password one way", neither.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_migrate_changes_the_schema_the_other_commands_say_to_run_it()
    {
        var empty = Directory.CreateTempSubdirectory("aliado-behind-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = empty };

            var add = await RunAsync(settings, ["user", "add", "early@example.com", "--password", "a long passphrase"]);
            var token = await RunAsync(settings, ["token", "create", "early@example.com"]);
            var demo = await RunAsync(settings, ["demo"]);
            var tablesBefore = await TablesAsync(empty);
            var migrate = await RunAsync(settings, ["migrate"]);
            var addAfter = await RunAsync(settings, ["user", "add", "early@example.com", "--password", "a long passphrase"]);

            foreach (var refused in new[] { add, token, demo })
            {
                Assert.Equal(3, refused.Exit);
                Assert.Equal("The database is behind this version of Aliado: run aliado migrate first (once, with every web node on the new version or stopped).", refused.Error.Trim());
            }
            Assert.Equal(0, tablesBefore);
            Assert.Equal(0, migrate.Exit);
            Assert.Equal((0, string.Empty), (addAfter.Exit, addAfter.Error));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task A_setting_on_the_command_line_counts_as_it_does_for_the_web_app()
    {
        var (exit, _, error) = await RunAsync(AppFolder, ["--Database:Provider=oracle", "migrate"]);

        Assert.Equal(2, exit);
        Assert.Contains("'oracle' is not known", error, StringComparison.Ordinal);
    }

    private static async Task<long> TablesAsync(string folder)
    {
        var file = Path.Combine(folder, "aliado.db");
        if (!File.Exists(file))
        {
            return 0;
        }
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
