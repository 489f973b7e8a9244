using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Security;

/// <summary>
/// With a certificate configured, the keys behind sign-in cookies are stored encrypted: the
/// database alone no longer lets anyone forge an admin's cookie, and every instance that has
/// the certificate still reads them.
/// </summary>
public sealed class KeyEncryptionTests : IDisposable
{
    private const string Password = "certificate pass phrase";
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-cert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Keys_are_stored_encrypted_and_read_back_only_with_the_certificate()
    {
        var certificate = CreateCertificate();
        // Only instances configured with the certificate start before the keys are checked: any
        // instance makes a key when it starts and finds none.
        await using var first = new KbAppFactory();
        await using var withCertificate = WithCertificate(first, certificate);
        await KbAppFactory.AddAdminAsync(withCertificate.Services, "keeper", Forms.AdminPassword);
        using var client = withCertificate.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var cookie = await client.SignInCookieAsync("keeper");
        await using var second = KbAppFactory.SharingDatabaseWith(first);
        await using var sameCertificate = WithCertificate(second, certificate);
        await using var noCertificate = KbAppFactory.SharingDatabaseWith(first);

        var keys = await StoredKeysAsync(withCertificate);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.OK, await sameCertificate.ReplayAsync(cookie));
        Assert.Equal(HttpStatusCode.Redirect, await noCertificate.ReplayAsync(cookie));
    }

    private string CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Sahel KB data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    private static WebApplicationFactory<Program> WithCertificate(KbAppFactory app, string certificate) =>
        app.WithWebHostBuilder(b => b
            .UseSetting("Kb:DataProtection:CertificatePath", certificate)
            .UseSetting("Kb:DataProtection:CertificatePassword", Password));

    private static async Task<List<string>> StoredKeysAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KbDbContext>().DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync();
    }
}
