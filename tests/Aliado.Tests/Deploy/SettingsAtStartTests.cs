using System.Diagnostics;

namespace Aliado.Tests.Deploy;

/// <summary>Settings that could never work stop the web app before it serves anyone, with one sentence saying which and why.</summary>
public sealed class SettingsAtStartTests
{
    [Theory]
    [InlineData("Database__Provider=oracle", "Database:Provider 'oracle' is not known")]
    [InlineData("Database__Provider=postgres", "Database:Provider is 'postgres' but Database:ConnectionString is empty")]
    [InlineData("Database__Provider=postgres;Database__ConnectionString=Hots=db", "Database:ConnectionString cannot be read")]
    [InlineData("Email__Smtp__Host=127.0.0.1;Email__From=agenda@example.com;Email__Smtp__Port=70000", "Email:Smtp:Port must be between 1 and 65535")]
    [InlineData("Backup__Every=00:00:05", "Backup:Every must be at least one minute")]
    [InlineData("Telemetry__OtlpEndpoint=collector", "Telemetry:OtlpEndpoint is 'collector'")]
    public async Task A_setting_that_cannot_work_stops_the_app_with_one_sentence(string settings, string sentence)
    {
        var data = Directory.CreateTempSubdirectory("aliado-settings-");
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "aliado.dll")])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.Environment["ALIADO_DATA_DIR"] = data.FullName;
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__MigrateOnStart"] = "false";
            foreach (var pair in settings.Split(';'))
            {
                var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                start.Environment[key] = value;
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var exited = process.WaitForExit(TimeSpan.FromSeconds(60));
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
            }

            Assert.True(exited, $"the app started serving with {settings}");
            Assert.Equal(2, process.ExitCode);
            var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(sentence, line, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", await output, StringComparison.Ordinal);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
