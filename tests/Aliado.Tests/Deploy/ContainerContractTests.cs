using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Aliado.Tests.Deploy;

/// <summary>
/// What the Dockerfile relies on, proven without a container runtime: the app runs from a read-only
/// folder as a user that is not root, listens where ASPNETCORE_HTTP_PORTS says (on every interface), writes only
/// to its data folder, and behind a TLS proxy takes the scheme from X-Forwarded-Proto.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ContainerContractTests
{
    private const int Nobody = 65534;

    [Fact]
    public async Task The_app_runs_as_a_container_would_run_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("The container contract is checked on Linux, where the image runs.");
        }
        var root = Directory.CreateTempSubdirectory("aliado-container-");
        try
        {
            File.SetUnixFileMode(root.FullName, (UnixFileMode)0b111_101_101);
            var app = CopyAppReadOnly(Path.Combine(root.FullName, "app"));
            var data = Directory.CreateDirectory(Path.Combine(root.FullName, "data"));
            File.SetUnixFileMode(data.FullName, (UnixFileMode)0b111_111_111);
            var before = Snapshot(app);
            var port = FreePort();

            using var process = Start(app, data.FullName, port);
            var output = new System.Text.StringBuilder();
            process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
            process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                await WaitUntilReadyAsync(http, process, port, output);

                Assert.NotEqual("0", UserIdOf(process));
                Assert.True(File.Exists(Path.Combine(data.FullName, "aliado.db")), "the database was not created in the data folder");
                lock (output)
                {
                    Assert.Contains($"http://[::]:{port}", output.ToString(), StringComparison.Ordinal);
                }
                if (OtherAddress() is { } lan)
                {
                    var fromOutside = await http.GetAsync(new Uri($"http://{lan}:{port}/health/live"), TestContext.Current.CancellationToken);
                    Assert.Equal(HttpStatusCode.OK, fromOutside.StatusCode);
                }

                var direct = await SignInPageAsync(http, port, forwardedProto: null);
                var proxied = await SignInPageAsync(http, port, forwardedProto: "https");
                Assert.DoesNotContain(direct.Cookies, c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
                Assert.False(direct.Hsts);
                Assert.NotEmpty(proxied.Cookies);
                Assert.All(proxied.Cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
                Assert.True(proxied.Hsts, "a request that came over HTTPS through the proxy gets HSTS");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            Assert.Equal(before, Snapshot(app));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static Process Start(string app, string data, int port)
    {
        // Like USER $APP_UID in the image: when the tests run as root, the app runs as nobody.
        var asRoot = Environment.UserName == "root";
        var start = asRoot
            ? new ProcessStartInfo("setpriv", ["--reuid", $"{Nobody}", "--regid", $"{Nobody}", "--clear-groups", "dotnet", Path.Combine(app, "aliado.dll")])
            : new ProcessStartInfo("dotnet", [Path.Combine(app, "aliado.dll")]);
        start.WorkingDirectory = app;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("URLS");
        start.Environment["ASPNETCORE_HTTP_PORTS"] = $"{port}";
        start.Environment["ALIADO_DATA_DIR"] = data;
        start.Environment["HOME"] = data;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true";
        return Process.Start(start)!;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process process, int port, System.Text.StringBuilder output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                lock (output)
                {
                    Assert.Fail($"the app stopped with {process.ExitCode}: {output}");
                }
            }
            try
            {
                var ready = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), TestContext.Current.CancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        lock (output)
        {
            Assert.Fail($"the app was not ready within 90 s: {output}");
        }
    }

    private static async Task<(string[] Cookies, bool Hsts)> SignInPageAsync(HttpClient http, int port, string? forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}/signin"));
        request.Headers.Host = "aliado.example";
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        }
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToArray() : [];
        return (cookies, response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>The app's own files (not the test runner's), read-only for everyone.</summary>
    private static string CopyAppReadOnly(string target)
    {
        string[] notTheApp = [".playwright", "screenshots", "refs", "Fixtures", "TestResults"];
        var source = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (notTheApp.Any(folder => relative.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                continue;
            }
            var copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            File.SetUnixFileMode(copy, (UnixFileMode)0b100_100_100);
        }
        foreach (var folder in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories).Append(target))
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b101_101_101);
        }
        return target;
    }

    private static SortedDictionary<string, (long, DateTime)> Snapshot(string folder) =>
        new(Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p), p => (File.Exists(p) ? new FileInfo(p).Length : -1, File.GetLastWriteTimeUtc(p))), StringComparer.Ordinal);

    private static string UserIdOf(Process process) =>
        File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An address of this machine that is not loopback, where one exists.</summary>
    private static IPAddress? OtherAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
