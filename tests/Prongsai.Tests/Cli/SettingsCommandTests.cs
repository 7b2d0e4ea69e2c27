namespace Prongsai.Tests.Cli;

public class SettingsCommandTests
{
    [Fact]
    public async Task Serve_with_an_unreadable_trusted_proxy_stops_with_one_line_naming_it()
    {
        var data = Path.Combine(Path.GetTempPath(), "prongsai-settings-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var result = await CliRun.Process("serve", "--data", data, "--urls", "http://127.0.0.1:0", "--Prongsai:TrustedProxies=10.0.0");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("\"10.0.0\"", result.Error);
            Assert.Contains("PRONGSAI_TRUSTED_PROXIES", result.Error);
            Assert.Single(result.Error.Trim().Split('\n'));
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Serve_on_a_port_already_taken_stops_with_one_line_and_no_stack_trace()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var data = Path.Combine(Path.GetTempPath(), "prongsai-settings-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var result = await CliRun.Process("serve", "--data", data, "--urls", $"http://127.0.0.1:{port}");

            Assert.Equal(5, result.ExitCode);
            Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
