/** A recogniser thread for the specs that dies as it starts, every time. */
process.exit(5);
