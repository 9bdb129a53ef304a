using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RiskWorker.Cli;
using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>The <c>Smtp</c> section: documented defaults, validation naming the setting, and a password that never shows.</summary>
public sealed class SmtpOptionsTests
{
    private const string Password = "Sup3r-Secret-Pw!";

    [Fact]
    public void Bind_EmptySection_UsesTheDocumentedDefaults()
    {
        var options = Bind(new Dictionary<string, string?>());

        Assert.Equal((null, SmtpSecurity.StartTls, 587, 60, 3, 2.0), (options.Host, options.Security, options.EffectivePort, options.TimeoutSeconds, options.RetryAttempts, options.RetryDelaySeconds));
        Assert.False(options.UsesServer);
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "mail-outbox")), options.Destination);
    }

    [Theory]
    [InlineData("SslOnConnect", 465)]
    [InlineData("None", 25)]
    [InlineData("StartTls", 587)]
    public void EffectivePort_NoPortSet_IsTheUsualPortForTheSecurity(string security, int port) =>
        Assert.Equal(port, Bind(new() { ["Smtp:Security"] = security }).EffectivePort);

    [Theory]
    [InlineData("Host=mail.example.org", "Smtp:From is required when Smtp:Host is set.")]
    [InlineData("Host=mail.example.org;From=planning", "Smtp:From 'planning' is not an email address.")]
    [InlineData("Host=mail.example.org;From=a@example.org;User=planning", "Smtp:User and Smtp:Password must be set together.")]
    [InlineData("Host=mail.example.org;From=a@example.org;User=planning;Password=" + Password + ";Security=None", "the password would cross the network in clear text")]
    [InlineData("Port=70000", "Smtp:Port must be between 1 and 65535")]
    [InlineData("TimeoutSeconds=0", "Smtp:TimeoutSeconds must be between 1 and 600.")]
    [InlineData("RetryAttempts=11", "Smtp:RetryAttempts must be between 0 and 10.")]
    [InlineData("RetryDelaySeconds=-1", "Smtp:RetryDelaySeconds must be between 0 and 300.")]
    [InlineData("PickupDirectory= ", "Smtp:PickupDirectory is required when Smtp:Host is not set.")]
    [InlineData("Security=7", "Smtp:Security must be StartTls, SslOnConnect or None.")]
    [InlineData("TrustedCaFile=/nonexistent/authority.pem", "Smtp:TrustedCaFile '/nonexistent/authority.pem' does not exist.")]
    [InlineData("PinnedCertificateFile=/etc/hostname", "Smtp:PinnedCertificateFile '/etc/hostname' holds no certificate")]
    public void Validate_BadSetting_FailsNamingItAndNeverThePassword(string settings, string expected)
    {
        var options = Bind(settings.Split(';').Select(s => s.Split('=', 2)).ToDictionary(p => "Smtp:" + p[0], p => (string?)p[1]));

        var result = new SmtpOptionsValidator(ReaderWords.English()).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExplicitNoneWithoutLogin_IsAccepted() =>
        Assert.True(new SmtpOptionsValidator(ReaderWords.English()).Validate(null, Bind(new() { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Security"] = "None", ["Smtp:From"] = "a@example.org" })).Succeeded);

    [Fact]
    public void ToString_PasswordSet_ShowsOnlyThatItIsSet()
    {
        var options = Bind(new() { ["Smtp:Host"] = "mail.example.org", ["Smtp:User"] = "planning", ["Smtp:Password"] = Password });

        var text = options.ToString();

        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.Contains("Password = (set)", text, StringComparison.Ordinal);
        Assert.Contains("User = planning", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownSecurityName_IsAConfigurationErrorNamingTheSetting()
    {
        using var temp = new TempDirectory();
        using var mail = new OutboxHarness(temp.File("r.db"), new Dictionary<string, string> { ["Smtp__Security"] = "Tls" });

        var error = Assert.Throws<OptionsValidationException>(() => mail.Outbox);

        Assert.Contains("Smtp:Security", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MisspeltKey_IsAConfigurationErrorNotASilentDefault()
    {
        using var temp = new TempDirectory();
        using var mail = new OutboxHarness(temp.File("r.db"), new Dictionary<string, string> { ["Smtp__Hots"] = "mail.example.org" });

        var error = Assert.Throws<OptionsValidationException>(() => mail.Outbox);

        Assert.Contains("'Hots'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendPending_HostWithoutFrom_ExitsOneNamingTheSettingAndNeverThePassword()
    {
        using var temp = new TempDirectory();
        var env = new Dictionary<string, string> { ["Smtp__Host"] = "127.0.0.1", ["Smtp__User"] = "planning", ["Smtp__Password"] = Password };

        var run = await WorkerProcess.RunAsync(temp.Path, env, "send-pending", "--lang", "en", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Smtp:From is required", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendPending_LoginRefusedByTheServersAbilities_ExitsOneAndNeverLogsThePassword()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        using (var mail = new OutboxHarness(db, server.Environment))
            await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "a@example.org"), CancellationToken.None);
        var env = new Dictionary<string, string>(server.Environment) { ["Smtp__Security"] = "StartTls", ["Smtp__User"] = "planning", ["Smtp__Password"] = Password, ["Logging__LogLevel__Default"] = "Trace" };

        var run = await WorkerProcess.RunAsync(temp.Path, env, "send-pending", "--db", db, "--rules", RepoPaths.Rules);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STARTTLS", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Password, run.Out + run.Error, StringComparison.Ordinal);
        Assert.Empty(server.Messages());
    }

    private static SmtpOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddOptions().Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section)).BuildServiceProvider();
        return services.GetRequiredService<IOptions<SmtpOptions>>().Value;
    }
}
