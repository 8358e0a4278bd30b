using System.Buffers.Binary;
using System.Runtime.InteropServices;
using ArmCrc = System.Runtime.Intrinsics.Arm.Crc32;
using X86Crc = System.Runtime.Intrinsics.X86.Sse42;

namespace DmlNet.Runtime.IO;

/// <summary>
/// CRC-32C (Castagnoli polynomial, reflected 0x82F63B78, initial value and final xor 0xFFFFFFFF),
/// the checksum of the binary matrix format. Uses the CPU's CRC-32C instruction (SSE4.2 or ARMv8)
/// when there is one and a slicing-by-8 table otherwise; both give the same result.
/// </summary>
public struct Crc32C
{
    private const uint Polynomial = 0x82F63B78;
    private static readonly uint[] Table = BuildTable();
    private uint state;

    /// <summary>A checksum over no bytes yet.</summary>
    public Crc32C() => state = 0xFFFFFFFF;

    /// <summary>The checksum of the bytes added so far.</summary>
    public readonly uint Value => ~state;

    /// <summary>The checksum of <paramref name="data"/>.</summary>
    public static uint Of(ReadOnlySpan<byte> data)
    {
        var crc = new Crc32C();
        crc.Append(data);
        return crc.Value;
    }

    /// <summary>Adds bytes to the checksum.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (X86Crc.X64.IsSupported)
        {
            state = AppendX64(state, data);
        }
        else if (ArmCrc.Arm64.IsSupported)
        {
            state = AppendArm64(state, data);
        }
        else
        {
            state = AppendSoftware(state, data);
        }
    }

    /// <summary>The table-driven update (also used by the tests to check the hardware paths).</summary>
    internal static uint AppendSoftware(uint crc, ReadOnlySpan<byte> data)
    {
        var table = Table;
        while (data.Length >= 8)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = table[(7 * 256) + (low & 0xFF)] ^ table[(6 * 256) + ((low >> 8) & 0xFF)]
                ^ table[(5 * 256) + ((low >> 16) & 0xFF)] ^ table[(4 * 256) + (low >> 24)]
                ^ table[(3 * 256) + (high & 0xFF)] ^ table[(2 * 256) + ((high >> 8) & 0xFF)]
                ^ table[256 + ((high >> 16) & 0xFF)] ^ table[high >> 24];
            data = data[8..];
        }
        foreach (var b in data)
        {
            crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }

    private static uint AppendX64(uint crc, ReadOnlySpan<byte> data)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        ulong wide = crc;
        foreach (var word in words)
        {
            wide = X86Crc.X64.Crc32(wide, BitConverter.IsLittleEndian ? word : BinaryPrimitives.ReverseEndianness(word));
        }
        crc = (uint)wide;
        foreach (var b in data[(words.Length * 8)..])
        {
            crc = X86Crc.Crc32(crc, b);
        }
        return crc;
    }

    private static uint AppendArm64(uint crc, ReadOnlySpan<byte> data)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var word in words)
        {
            crc = ArmCrc.Arm64.ComputeCrc32C(crc, BitConverter.IsLittleEndian ? word : BinaryPrimitives.ReverseEndianness(word));
        }
        foreach (var b in data[(words.Length * 8)..])
        {
            crc = ArmCrc.ComputeCrc32C(crc, b);
        }
        return crc;
    }

    /// <summary>Table k maps a byte to its CRC contribution k bytes further back (slicing-by-8).</summary>
    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        for (var n = 0; n < 256; n++)
        {
            for (var k = 1; k < 8; k++)
            {
                var previous = table[((k - 1) * 256) + n];
                table[(k * 256) + n] = table[previous & 0xFF] ^ (previous >> 8);
            }
        }
        return table;
    }
}
