// SPDX-License-Identifier: MIT
/* LD_PRELOAD shim for tests/bench/bench_firstframe.sh: the process ends right after its first backing-store
 * flush, the moment the first frame leaves the application for the display (or, offscreen, for the
 * offscreen platform's buffer). Qt Widgets' repaint manager calls QBackingStore::flush() through the PLT of
 * libQt6Widgets, so a definition loaded first takes its place; this one calls Qt's own (found with
 * dlvsym(RTLD_NEXT)), then leaves with _exit(0): nothing is torn down, so the process's wall time, taken
 * by the caller from spawn to exit, is the time from process start to the end of the first flush, dynamic
 * loading of every module included. No Qt dependency (the symbol is declared by its mangled name), so that
 * preloading it loads nothing earlier than the program would itself (the window's Qt Gui is dlopen()ed with
 * the window module). An UpdateRequest or Expose event is not a frame: the flush is. */
#include <cstdlib>
#include <dlfcn.h>
#include <unistd.h>

#define FLUSH_SYMBOL "_ZN13QBackingStore5flushERK7QRegionP7QWindowRK6QPoint"
typedef void (*flush_fn)(void *self, const void *region, void *window, const void *offset);

/* void QBackingStore::flush(const QRegion &region, QWindow *window, const QPoint &offset) */
extern "C" __attribute__((visibility("default"))) void
_ZN13QBackingStore5flushERK7QRegionP7QWindowRK6QPoint(void *self, const void *region, void *window,
                                                      const void *offset) {
    flush_fn real = reinterpret_cast<flush_fn>(dlvsym(RTLD_NEXT, FLUSH_SYMBOL, "Qt_6"));
    if (!real) {
        // Qt Gui came with a module opened RTLD_LOCAL (nestready's window): not in the global scope that
        // RTLD_NEXT searches, but loaded, so RTLD_NOLOAD finds it without loading anything.
        if (void *gui = dlopen("libQt6Gui.so.6", RTLD_LAZY | RTLD_NOLOAD))
            real = reinterpret_cast<flush_fn>(dlvsym(gui, FLUSH_SYMBOL, "Qt_6"));
    }
    if (!real) {
        static const char msg[] = "firstframe_hook: QBackingStore::flush not found\n";
        (void)!write(2, msg, sizeof msg - 1);
        _exit(3);
    }
    real(self, region, window, offset);
    if (std::getenv("NESTREADY_FIRSTFRAME_KEEP_RUNNING")) return;
    _exit(0);
}
