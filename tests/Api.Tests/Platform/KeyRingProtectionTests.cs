using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// The data-protection key ring in the shared database is encrypted with the configured certificate
/// (<c>DataProtection:CertificatePath</c>, <c>KeyRingProtection</c>): what the table holds cannot be read without the
/// certificate, another instance with it reads the ring, and a rotated certificate still reads the keys of the old one.
/// </summary>
public sealed class KeyRingProtectionTests
{
    internal const string Password = "ring-test";

    /// <summary>An API host on a given SQLite file that it does not delete (the next host uses it).</summary>
    private sealed class Instance(string file, string? certificate, params string[] previous) : ApiFactory(SettingsOf(file, certificate, previous), useSqlite: false)
    {
        private static Dictionary<string, string?> SettingsOf(string file, string? certificate, string[] previous)
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Default"] = $"Data Source={file}",
                ["Jobs:Enabled"] = "false",
            };
            if (certificate is not null)
            {
                settings["DataProtection:CertificatePath"] = certificate;
                settings["DataProtection:CertificatePassword"] = Password;
            }

            for (var i = 0; i < previous.Length; i++)
            {
                settings[$"DataProtection:PreviousCertificatePaths:{i}"] = previous[i];
            }

            return settings;
        }

        public IDataProtector Protector => Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test");

        public Task<List<string>> KeysAsync() => WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
    }

    [Fact]
    public async Task Keys_are_stored_encrypted_read_by_another_instance_with_the_certificate_and_by_none_without()
    {
        var directory = Directory.CreateTempSubdirectory("key-ring-").FullName;
        var file = Path.Combine(directory, "ring.db");
        var first = Certificate(directory, "first");
        string secret;
        using (var instance = new Instance(file, first))
        {
            secret = instance.Protector.Protect("công văn mật / confidential");
            var keys = await instance.KeysAsync();
            keys.ShouldNotBeEmpty();
            keys.ShouldAllBe(k => k.Contains("<encryptedSecret") && !k.Contains("<masterKey"));
        }

        using (var other = new Instance(file, first))
        {
            other.Protector.Unprotect(secret).ShouldBe("công văn mật / confidential");
        }

        using (var without = new Instance(file, certificate: null))
        {
            Should.Throw<CryptographicException>(() => without.Protector.Unprotect(secret));
        }

        // Rotation: the new certificate encrypts, the previous one still decrypts the keys it encrypted.
        var second = Certificate(directory, "second");
        using (var rotated = new Instance(file, second, first))
        {
            rotated.Protector.Unprotect(secret).ShouldBe("công văn mật / confidential");
        }

        using (var forgotten = new Instance(file, second))
        {
            Should.Throw<CryptographicException>(() => forgotten.Protector.Unprotect(secret));
        }
    }

    [Fact]
    public void A_certificate_file_that_does_not_exist_stops_the_start()
    {
        var directory = Directory.CreateTempSubdirectory("key-ring-").FullName;
        using var instance = new Instance(Path.Combine(directory, "ring.db"), Path.Combine(directory, "missing.pfx"));

        Should.Throw<InvalidOperationException>(() => instance.CreateClient()).Message.ShouldContain("missing.pfx");
    }

    internal static string Certificate(string directory, string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=party-committee-key-ring-{name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(directory, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
