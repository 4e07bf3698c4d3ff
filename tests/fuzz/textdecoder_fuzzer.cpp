// Fuzz target: the encoding detector and strict decoder. A decoded result names its encoding; a
// refusal gives a reason. The charset an HTML meta tag would declare is tried too, so the
// "declared but wrong" path is covered.
#include "fuzzsupport.h"
#include "import/htmlimporter.h"
#include "import/textdecoder.h"

using namespace policylens;
using policylens::fuzz::check;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    policylens::fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto plain = TextDecoder::decode(bytes);
    if (plain)
        check(!plain->encoding.isEmpty(), "a decoded text names its encoding");
    else
        check(!plain.error().isEmpty(), "a refusal gives its reason");
    const QString declared = HtmlImporter::declaredCharset(bytes);
    if (!declared.isEmpty()) {
        const auto withDeclared = TextDecoder::decode(bytes, declared);
        check(withDeclared || !withDeclared.error().isEmpty(), "a refusal gives its reason");
    }
    (void)TextDecoder::looksLikeText(plain ? plain->text : QString());
    return 0;
}
