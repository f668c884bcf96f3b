using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// How the data-protection keys kept in the database (<c>DataProtectionKeys</c>) are encrypted at rest (section
/// <c>DataProtection</c>). Without a certificate the keys are stored as plain XML and ASP.NET Core logs "No XML encryptor
/// configured" at start-up: acceptable on a developer's SQLite file, not on the shared production database, where
/// anyone who can read the table could unprotect what the keys protect. With <see cref="CertificatePath"/> every new key
/// is encrypted with that certificate's public key, and every instance behind the load balancer needs the same
/// certificate (with its private key) to read the ring. Rotation: put the new certificate in <see cref="CertificatePath"/>
/// and the old one in <see cref="PreviousCertificatePaths"/> until the keys it encrypted have expired (90 days).
/// </summary>
public sealed class KeyRingProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file holding the certificate and its private key; unset: keys stored unencrypted.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>The password of <see cref="CertificatePath"/> (and of the previous certificates), if any.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>Certificates that encrypted older keys, still needed to decrypt them (PKCS#12 files).</summary>
    public IReadOnlyList<string> PreviousCertificatePaths { get; init; } = [];
}

/// <summary>Applies <see cref="KeyRingProtectionOptions"/> to the data-protection builder.</summary>
public static class KeyRingProtection
{
    public static IDataProtectionBuilder ProtectKeysAsConfigured(this IDataProtectionBuilder builder, KeyRingProtectionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (options.PreviousCertificatePaths.Count > 0)
            {
                throw new InvalidOperationException("DataProtection:PreviousCertificatePaths is set without DataProtection:CertificatePath.");
            }

            return builder;
        }

        var current = Load(options.CertificatePath, options.CertificatePassword);
        // The certificate object (not a thumbprint looked up in a store, which Linux hosts do not have) encrypts new keys
        // and decrypts the keys it encrypted; the previous ones only decrypt.
        builder.ProtectKeysWithCertificate(current);
        if (options.PreviousCertificatePaths.Count > 0)
        {
            builder.UnprotectKeysWithAnyCertificate([current, .. options.PreviousCertificatePaths.Select(p => Load(p, options.CertificatePassword))]);
        }

        return builder;
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The data-protection certificate '{path}' does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The data-protection certificate '{path}' has no private key: the key ring could not be read back.");
        }

        return certificate;
    }
}
