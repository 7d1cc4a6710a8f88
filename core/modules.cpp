// SPDX-License-Identifier: MIT
#include "modules.h"

#if defined(_WIN32)
#include <windows.h>
#else
#include <dlfcn.h>
#endif

namespace nestready::modules {

namespace {
#if defined(_WIN32)
std::string utf8(const wchar_t *text, int length) {
    const int size = ::WideCharToMultiByte(CP_UTF8, 0, text, length, nullptr, 0, nullptr, nullptr);
    std::string out(size > 0 ? size_t(size) : 0, '\0');
    if (size > 0) ::WideCharToMultiByte(CP_UTF8, 0, text, length, out.data(), size, nullptr, nullptr);
    return out;
}

// "error 126: The specified module could not be found." The code alone tells support what happened when
// the text is in a language they do not read.
std::string lastError() {
    const DWORD code = ::GetLastError();
    wchar_t *text = nullptr;
    const DWORD length = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                              FORMAT_MESSAGE_IGNORE_INSERTS,
                                          nullptr, code, 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    std::string out = "error " + std::to_string(code);
    if (length > 0 && text) {
        std::string message = utf8(text, int(length));
        while (!message.empty() &&
               (message.back() == '\n' || message.back() == '\r' || message.back() == ' '))
            message.pop_back();
        out += ": " + message;
    }
    if (text) ::LocalFree(text);
    return out;
}

std::wstring wide(const std::string &text) {
    const int size = ::MultiByteToWideChar(CP_UTF8, 0, text.data(), int(text.size()), nullptr, 0);
    std::wstring out(size > 0 ? size_t(size) : 0, L'\0');
    if (size > 0) ::MultiByteToWideChar(CP_UTF8, 0, text.data(), int(text.size()), out.data(), size);
    return out;
}
#endif
} // namespace

std::string directory() {
#if defined(_WIN32)
    HMODULE self = nullptr;
    if (!::GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                                  GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                              reinterpret_cast<LPCWSTR>(&directory), &self))
        return {};
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = ::GetModuleFileNameW(self, path.data(), DWORD(path.size()));
        if (n == 0) return {};
        if (n < path.size()) {
            path.resize(n);
            break;
        }
        path.resize(path.size() * 2); // truncated: long paths are allowed
    }
    const size_t slash = path.find_last_of(L"\\/");
    return slash == std::wstring::npos ? std::string() : utf8(path.data(), int(slash));
#else
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void *>(&directory), &info) == 0 || !info.dli_fname) return {};
    const std::string path = info.dli_fname;
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
#endif
}

void *load(const std::string &fileName, std::string *error) {
    const std::string dir = directory();
    if (dir.empty()) {
        if (error) *error = "cannot tell where libnestready-core was loaded from";
        return nullptr;
    }
#if defined(_WIN32)
    const std::string path = dir + "\\" + fileName;
    // The module's own folder first for its dependencies (the Qt DLLs beside it), then the system's.
    HMODULE module = ::LoadLibraryExW(wide(path).c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (!module && error) *error = path + ": " + lastError();
    return reinterpret_cast<void *>(module);
#else
    const std::string path = dir + "/" + fileName;
    void *module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module && error) {
        const char *why = ::dlerror();
        *error = why ? why : path + ": cannot be loaded";
    }
    return module;
#endif
}

void *loadChecked(const std::string &fileName, const char *expectedVersion, std::string *error) {
    void *module = load(fileName, error);
    if (!module) return nullptr;
    using Version = const char *(*)();
    const auto version = reinterpret_cast<Version>(symbol(module, "nestready_module_version", error));
    if (!version) return nullptr;
    const std::string found = version() ? version() : "";
    if (found != expectedVersion) {
        if (error)
            *error = fileName + " is version " + found + ", this program is version " + expectedVersion;
        return nullptr;
    }
    return module;
}

void *symbol(void *module, const char *name, std::string *error) {
#if defined(_WIN32)
    void *address = reinterpret_cast<void *>(::GetProcAddress(static_cast<HMODULE>(module), name));
    if (!address && error) *error = std::string(name) + ": " + lastError();
#else
    ::dlerror();
    void *address = ::dlsym(module, name);
    if (!address && error) {
        const char *why = ::dlerror();
        *error = why ? why : std::string(name) + ": not found";
    }
#endif
    return address;
}

} // namespace nestready::modules
