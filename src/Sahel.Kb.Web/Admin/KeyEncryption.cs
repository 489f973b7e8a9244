using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Sahel.Kb.Web.Admin;

/// <summary>
/// Configuration section <c>Kb:DataProtection</c>: a certificate (a PKCS #12 file with its RSA
/// private key) that encrypts the keys protecting sign-in and antiforgery cookies before they
/// are stored in the database. Without one they are stored as they are, and whoever reads the
/// database can forge an admin's cookie.
/// </summary>
public sealed class KeyEncryptionOptions
{
    public const string Section = "Kb:DataProtection";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The configured certificate, or null when none is.</summary>
    public X509Certificate2? LoadCertificate()
    {
        if (string.IsNullOrWhiteSpace(CertificatePath))
        {
            return null;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
        return certificate.GetRSAPrivateKey() is null
            ? throw new InvalidOperationException($"{Section}:CertificatePath: {CertificatePath} has no RSA private key; the keys could be written but never read back.")
            : certificate;
    }
}

/// <summary>Encrypts the data-protection keys with the certificate of <see cref="KeyEncryptionOptions"/>, when one is configured.</summary>
public static class KeyEncryption
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        builder.Services.Configure<KeyEncryptionOptions>(configuration.GetSection(KeyEncryptionOptions.Section));
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>, UseCertificate>();
        return builder;
    }

    private sealed class UseCertificate(IOptions<KeyEncryptionOptions> options, ILoggerFactory logs) : IConfigureOptions<KeyManagementOptions>
    {
        public void Configure(KeyManagementOptions keys)
        {
            if (options.Value.LoadCertificate() is { } certificate)
            {
                keys.XmlEncryptor = new CertificateKeyEncryptor(new CertificateXmlEncryptor(certificate, logs));
            }
        }
    }

    /// <summary>XML encryption to the certificate, naming <see cref="CertificateKeyDecryptor"/> as the key's decryptor.</summary>
    private sealed class CertificateKeyEncryptor(CertificateXmlEncryptor inner) : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
            new(inner.Encrypt(plaintextElement).EncryptedElement, typeof(CertificateKeyDecryptor));
    }
}

/// <summary>
/// Decrypts a key encrypted to the configured certificate with that certificate's private key,
/// read from the configuration rather than from a certificate store (Linux has none a service
/// would use). Made by data protection from the type name stored with each key.
/// </summary>
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var options = services.GetRequiredService<IOptions<KeyEncryptionOptions>>().Value;
        using var certificate = options.LoadCertificate()
            ?? throw new InvalidOperationException($"A data-protection key is encrypted to a certificate, but {KeyEncryptionOptions.Section}:CertificatePath is not set.");
        var document = new XmlDocument { PreserveWhitespace = true };
        using (var reader = new XElement("root", encryptedElement).CreateReader())
        {
            document.Load(reader);
        }

        new WithCertificateKey(document, certificate).DecryptDocument();
        return XElement.Parse(document.DocumentElement!.OuterXml).Elements().Single();
    }

    private sealed class WithCertificateKey(XmlDocument document, X509Certificate2 certificate) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            using var rsa = certificate.GetRSAPrivateKey() ?? throw new CryptographicException("the certificate has no RSA private key");
            var oaep = encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl;
            return DecryptKey(encryptedKey.CipherData.CipherValue!, rsa, oaep);
        }
    }
}
